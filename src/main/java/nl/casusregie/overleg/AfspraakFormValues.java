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
 * tables; for a minimum condition also what the meeting agreed for a breach and when it meets
 * next, and for the chair what the guard reported. The owner and the chair read every agreement
 * in full; the case director, called in when it is overdue, does not read what an agreement from
 * an OM segment says ({@link OmDeel}), only who owns it and by when.
 */
@Component
class AfspraakFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(UITVOEREN, NAGAAN_CASUSREGISSEUR, NAGAAN_VOORZITTER,
            BODEMEIS_BEWAKEN, BODEMEIS_NAGAAN_CASUSREGISSEUR, BODEMEIS_NAGAAN_VOORZITTER, OVERLEG_VERVROEGEN);
    private static final Set<String> BODEMEIS_TAKEN = Set.of(BODEMEIS_BEWAKEN, OVERLEG_VERVROEGEN);
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
        if (BODEMEIS_TAKEN.contains(taskDefinitionKey)) {
            afspraken.bewaking(processInstanceId).ifPresent(bewaking -> values.putAll(bewaking(bewaking)));
        }
        return values;
    }

    private static Map<String, Object> bewaking(AfspraakRepository.Bewaking bewaking) {
        Map<String, Object> values = new HashMap<>();
        values.put(AfspraakOpvolging.BIJ_SCHENDING_TEKST.name(), bewaking.bijSchending() == null
                ? "Het overleg heeft niet vastgelegd wat er gebeurt als een bodemeis geschonden wordt." : bewaking.bijSchending());
        values.put(AfspraakOpvolging.VOLGEND_OVERLEG_TEKST.name(), bewaking.volgendOverleg() == null
                ? "Niet vastgelegd" : Woorden.datum(bewaking.volgendOverleg()));
        values.put(AfspraakOpvolging.SCHENDING_TEKST.name(), bewaking.toelichting());
        if (bewaking.gemeldOp() != null) {
            values.put(AfspraakOpvolging.GEMELD_TEKST.name(), bewaking.gemeldDoor() + " op " + Woorden.datum(bewaking.gemeldOp()));
        }
        return values;
    }
}
