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
 * next, and for the chair what the guard reported.
 */
@Component
class AfspraakFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(UITVOEREN, NAGAAN_CASUSREGISSEUR, NAGAAN_VOORZITTER,
            BODEMEIS_BEWAKEN, BODEMEIS_NAGAAN_CASUSREGISSEUR, BODEMEIS_NAGAAN_VOORZITTER, OVERLEG_VERVROEGEN);
    private static final Set<String> BODEMEIS_TAKEN = Set.of(BODEMEIS_BEWAKEN, OVERLEG_VERVROEGEN);

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
