package nl.casusregie.overleg;

import static nl.casusregie.overleg.AfspraakOpvolging.Element.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * What the follow-up's forms show of the agreement: who, what, why and by when, from the project's
 * tables; for the guard of a minimum condition also what the meeting agreed for a breach. The
 * owner and the chair read every agreement in full; the case director, called in when it is overdue, does not read what an agreement from
 * an OM segment says ({@link OmDeel}), only who owns it and by when.
 */
@Component
class AfspraakFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(UITVOEREN, NAGAAN_CASUSREGISSEUR, NAGAAN_VOORZITTER,
            BODEMEIS_BEWAKEN, BODEMEIS_NAGAAN_CASUSREGISSEUR, BODEMEIS_NAGAAN_VOORZITTER);
    /** The case director's tasks: an agreement from an OM segment is not theirs to read. */
    private static final Set<String> CASUSREGISSEUR_TAKEN = Set.of(NAGAAN_CASUSREGISSEUR, BODEMEIS_NAGAAN_CASUSREGISSEUR);
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
                boolean afgeschermd = CASUSREGISSEUR_TAKEN.contains(taskDefinitionKey)
                        && overleggen.afspraakUitOmDeel(afspraak.id());
                values.put(AfspraakOpvolging.WAT.name(), afgeschermd ? OM_DEEL : afspraak.wat());
                values.put(AfspraakOpvolging.WAAROM.name(), afgeschermd ? "" : afspraak.waarom());
                values.put(AfspraakOpvolging.DEADLINE_TEKST.name(), Woorden.datum(afspraak.deadline()));
                values.put(AfspraakOpvolging.EIGENAAR_TEKST.name(), Woorden.woord(PartnerGroup.class, afspraak.partner()));
            });
        }
        if (BODEMEIS_BEWAKEN.equals(taskDefinitionKey)) {
            afspraken.bewaking(processInstanceId).ifPresent(bewaking -> values.put(AfspraakOpvolging.BIJ_SCHENDING_TEKST.name(),
                    bewaking.bijSchending() == null
                            ? "Het overleg heeft niet vastgelegd wat er gebeurt als een bodemeis geschonden wordt."
                            : bewaking.bijSchending()));
        }
        return values;
    }
}
