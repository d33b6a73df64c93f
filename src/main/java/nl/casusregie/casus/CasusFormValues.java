package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.casus.BesluitRepository.Besluit;
import nl.casusregie.platform.StoredFormValues;
import org.springframework.stereotype.Component;

/**
 * What the forms of zvh-casus show of earlier steps, from the project's tables: the triage
 * reason for the feedback to the clients, the triage outcome in words for the referrer's group,
 * the closing plan for its approval, and the remark on a rejected plan for its revision.
 */
@Component
class CasusFormValues implements StoredFormValues {

    private final CasusRepository casussen;
    private final BesluitRepository besluiten;

    CasusFormValues(CasusRepository casussen, BesluitRepository besluiten) {
        this.casussen = casussen;
        this.besluiten = besluiten;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        casussen.findByProcesInstantie(processInstanceId).ifPresent(casus -> {
            switch (taskDefinitionKey) {
                case Element.TERUGKOPPELEN_TRIAGE ->
                        values.put(TRIAGE_REDEN.name(), laatste(casus.id(), "TRIAGE", null));
                case Element.UITKOMST_BEKIJKEN -> {
                    values.put(HUISHOUDEN_BEKEND.name(), bekend(casus)
                            ? "Ja: het huishouden was al bekend bij het Zorg- en Veiligheidshuis."
                            : "Nee: het huishouden was nog niet bekend bij het Zorg- en Veiligheidshuis.");
                    values.put(TRIAGE_UITKOMST.name(), Aanpak.triageUitkomstInWoorden(laatsteUitkomst(casus.id(), "TRIAGE")));
                    values.put(TRIAGE_REDEN.name(), laatste(casus.id(), "TRIAGE", null));
                }
                case Element.AFSLUITPLAN_GOEDKEUREN -> {
                    CasusRepository.Afsluitplan plan = casussen.afsluitplan(casus.id());
                    values.put(AFSLUITPLAN.name(), plan.afsluitplan());
                    values.put(OVERDRACHT_AAN.name(), plan.overdrachtAan());
                }
                case Element.AFSLUITPLAN_OPSTELLEN -> {
                    values.put(AFSLUITPLAN.name(), casussen.afsluitplan(casus.id()).afsluitplan());
                    values.put(AFSLUITPLAN_OPMERKING.name(), laatste(casus.id(), "AFSLUITPLAN", "AFGEKEURD"));
                }
                default -> {
                }
            }
        });
        return values;
    }

    /** Known when the household had a case before this one (whatever came after is not what the referrer knew). */
    private boolean bekend(Casus casus) {
        return casussen.earlierCases(casus.huishoudenId(), casus.id()).stream().anyMatch(c -> c.id() < casus.id());
    }

    private String laatsteUitkomst(long casusId, String soort) {
        return besluiten.ofCase(casusId).stream().filter(b -> b.soort().equals(soort))
                .reduce((eerste, laatste) -> laatste).map(Besluit::uitkomst).orElse(null);
    }

    /** The reason of the latest decision of that kind, if it had that outcome (null: any). */
    private String laatste(long casusId, String soort, String uitkomst) {
        List<Besluit> vanSoort = besluiten.ofCase(casusId).stream().filter(b -> b.soort().equals(soort)).toList();
        if (vanSoort.isEmpty()) {
            return null;
        }
        Besluit laatste = vanSoort.get(vanSoort.size() - 1);
        return uitkomst == null || uitkomst.equals(laatste.uitkomst()) ? laatste.reden() : null;
    }
}
