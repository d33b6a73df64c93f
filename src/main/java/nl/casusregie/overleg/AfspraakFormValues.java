package nl.casusregie.overleg;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * What the follow-up's forms show of the agreement: who, what, why and by when, from the project's
 * tables. The owner and the chair read every agreement in full; the case director, called in when
 * it is overdue, does not read what an agreement from an OM segment says ({@link OmDeel}), only
 * who owns it and by when.
 */
@Component
class AfspraakFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(AfspraakOpvolging.Element.UITVOEREN,
            AfspraakOpvolging.Element.NAGAAN_CASUSREGISSEUR, AfspraakOpvolging.Element.NAGAAN_VOORZITTER);
    static final String OM_DEEL = "Deze afspraak is gemaakt in het OM-deel van het overleg. Wat er is afgesproken "
            + "en waarom, lezen alleen het OM en de procesregisseur. Neem contact op met de uitvoerende partner of de "
            + "procesregisseur.";

    private final AfspraakRepository afspraken;
    private final OverlegRepository overleggen;

    AfspraakFormValues(AfspraakRepository afspraken, OverlegRepository overleggen) {
        this.afspraken = afspraken;
        this.overleggen = overleggen;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (TAKEN.contains(taskDefinitionKey)) {
            afspraken.ofInstance(processInstanceId).ifPresent(afspraak -> {
                boolean afgeschermd = AfspraakOpvolging.Element.NAGAAN_CASUSREGISSEUR.equals(taskDefinitionKey)
                        && overleggen.afspraakUitOmDeel(afspraak.id());
                values.put(AfspraakOpvolging.WAT.name(), afgeschermd ? OM_DEEL : afspraak.wat());
                values.put(AfspraakOpvolging.WAAROM.name(), afgeschermd ? "" : afspraak.waarom());
                values.put(AfspraakOpvolging.DEADLINE_TEKST.name(), Woorden.datum(afspraak.deadline()));
                values.put(AfspraakOpvolging.EIGENAAR_TEKST.name(), Woorden.woord(PartnerGroup.class, afspraak.partner()));
            });
        }
        return values;
    }
}
