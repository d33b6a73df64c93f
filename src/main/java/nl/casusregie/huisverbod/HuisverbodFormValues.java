package nl.casusregie.huisverbod;

import static nl.casusregie.huisverbod.Huisverbod.Element.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * What the order's forms show of it, from the project's tables: when it was imposed and ends, by
 * when the mayor decides on extension and how far it may be extended, whom it concerns, and (for
 * the decision and the chair) what came of the help started so far.
 */
@Component
class HuisverbodFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(HULP_UITHUISGEPLAATSTE, HULP_ACHTERBLIJVERS, BESLUITEN, TE_LAAT,
            VOORZITTER_INLICHTEN);
    private static final Set<String> MET_HULP = Set.of(BESLUITEN, TE_LAAT, VOORZITTER_INLICHTEN);

    private final HuisverbodRepository huisverboden;

    HuisverbodFormValues(HuisverbodRepository huisverboden) {
        this.huisverboden = huisverboden;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (!TAKEN.contains(taskDefinitionKey)) {
            return values;
        }
        huisverboden.ofInstance(processInstanceId).ifPresent(verbod -> {
            values.put(Huisverbod.OPGELEGD_TEKST.name(), Woorden.datumTijd(verbod.opgelegdOp()));
            values.put(Huisverbod.EINDIGT_TEKST.name(), Woorden.datumTijd(verbod.eindigtOp()));
            values.put(Huisverbod.UITERLIJK_VERLENGEN_TEKST.name(), Woorden.datumTijd(HuisverbodVerloop.uiterlijkeEinde(verbod)));
            if (verbod.besluitUiterlijk() != null) {
                values.put(Huisverbod.BESLUIT_UITERLIJK_TEKST.name(), Woorden.datumTijd(verbod.besluitUiterlijk()));
            }
            values.put(Huisverbod.UITHUISGEPLAATSTE_TEKST.name(),
                    personen(huisverboden.personen(verbod.id(), HuisverbodRepository.UITHUISGEPLAATSTE)));
            List<Persoon> achterblijvers = huisverboden.personen(verbod.id(), HuisverbodRepository.ACHTERBLIJVER);
            values.put(Huisverbod.ACHTERBLIJVERS_TEKST.name(), achterblijvers.isEmpty() ? "Niet genoemd" : personen(achterblijvers));
            if (MET_HULP.contains(taskDefinitionKey)) {
                values.put(Huisverbod.HULP_TEKST.name(), hulp(huisverboden.hulp(verbod.id())));
            }
        });
        return values;
    }

    /** "Sam de Vries (geboren 1 mei 1980) en Noor de Vries". */
    private static String personen(List<Persoon> personen) {
        return Woorden.opsomming(personen.stream().map(p -> p.geboortedatum() == null ? p.naam()
                : p.naam() + " (geboren " + Woorden.datum(p.geboortedatum()) + ")").toList());
    }

    /** One line per side of the household: for whom, what came of it and what was done, or that it is still open. */
    private static String hulp(List<HuisverbodRepository.Hulp> hulp) {
        return hulp.stream().map(h -> h.voor().label() + " (" + Woorden.woord(PartnerGroup.class, h.partner())
                        + "): " + (h.uitkomst() == null ? "nog niet vastgelegd"
                        : h.uitkomst().label() + ", " + Woorden.datum(h.op()) + ". " + h.toelichting()))
                .collect(Collectors.joining("\n"));
    }
}
