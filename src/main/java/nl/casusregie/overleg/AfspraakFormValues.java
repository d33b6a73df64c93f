package nl.casusregie.overleg;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/** What the follow-up's forms show of the agreement: who, what, why and by when, from the project's tables. */
@Component
class AfspraakFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(AfspraakOpvolging.Element.UITVOEREN,
            AfspraakOpvolging.Element.NAGAAN_CASUSREGISSEUR, AfspraakOpvolging.Element.NAGAAN_VOORZITTER);

    private final AfspraakRepository afspraken;

    AfspraakFormValues(AfspraakRepository afspraken) {
        this.afspraken = afspraken;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (TAKEN.contains(taskDefinitionKey)) {
            afspraken.ofInstance(processInstanceId).ifPresent(afspraak -> {
                values.put(AfspraakOpvolging.WAT.name(), afspraak.wat());
                values.put(AfspraakOpvolging.WAAROM.name(), afspraak.waarom());
                values.put(AfspraakOpvolging.DEADLINE_TEKST.name(), Woorden.datum(afspraak.deadline()));
                values.put(AfspraakOpvolging.EIGENAAR_TEKST.name(), Woorden.woord(PartnerGroup.class, afspraak.partner()));
            });
        }
        return values;
    }
}
