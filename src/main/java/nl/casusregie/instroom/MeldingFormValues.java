package nl.casusregie.instroom;

import static nl.casusregie.actieoverleg.ActieOverleg.Element.KINDERMISHANDELING;
import static nl.casusregie.actieoverleg.ActieOverleg.Element.ROUTE_BEVESTIGEN;
import static nl.casusregie.actieoverleg.ActieOverleg.Element.SAMEN_OP_IN_ACUUT;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.platform.StoredFormValues;
import org.springframework.stereotype.Component;

/**
 * What the forms of a report show, from the project's tables, only to those the engine shows the task:
 * the report and the advice with its reason; "Route bevestigen" starts with the advised route chosen,
 * the joint tasks show the route chosen and an override with its reason.
 */
@Component
class MeldingFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(ROUTE_BEVESTIGEN, SAMEN_OP_IN_ACUUT, KINDERMISHANDELING);

    private final MeldingRepository meldingen;

    MeldingFormValues(MeldingRepository meldingen) {
        this.meldingen = meldingen;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (!TAKEN.contains(taskDefinitionKey)) {
            return values;
        }
        meldingen.ofInstance(processInstanceId).ifPresent(melding -> {
            values.put(ActieOverleg.MELDING_TEKST.name(), MeldingTekst.melding(melding, meldingen.betrokkenen(melding.id())));
            values.put(ActieOverleg.ADVIES_TEKST.name(), MeldingTekst.advies(melding));
            if (ROUTE_BEVESTIGEN.equals(taskDefinitionKey) && melding.adviesRoute() != null) {
                values.put(ActieOverleg.GEKOZEN_ROUTE.name(), melding.adviesRoute());
            } else {
                values.put(ActieOverleg.ROUTE_TEKST.name(), MeldingTekst.route(melding));
            }
        });
        return values;
    }
}
