package nl.casusregie.overleg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks the decision tables what a round should look like: overleg-opzet for its segments and
 * a full table, sleutelpartners for the partners holding key information. The thresholds and
 * rules live in the tables, so process owners change them in Modeler.
 */
@Component
public class OverlegOpzet {

    public static final String OPZET = "overleg-opzet";
    public static final String SLEUTELPARTNERS = "sleutelpartners";
    /** Chair and case director sit at every table besides the invited partners. */
    private static final int VASTE_DEELNEMERS = 2;

    private final DecisionService decisions;
    private final OverlegRepository overleggen;

    public OverlegOpzet(DecisionService decisions, OverlegRepository overleggen) {
        this.decisions = decisions;
        this.overleggen = overleggen;
    }

    /** The advised segments in order, and the table's warnings. */
    public record Advies(List<Segment> segmenten, List<String> waarschuwingen) {
    }

    public Advies advies(long casusId, OverlegPlan plan, Voorbereiding voorbereiding) {
        // overleg-opzet requires sleutelpartners in its DRD: who holds key information is part of who is invited.
        Map<String, Object> feiten = sleutelinvoer(casusId);
        feiten.put("clientenKomen", voorbereiding.clientenKomen());
        feiten.put("omNodig", plan.omNodig());
        feiten.put("stalkingOfTerreur", plan.stalkingOfTerreur());
        feiten.put("minderjarigeApart", voorbereiding.minderjarigeApart());
        feiten.put("aantalDeelnemers", plan.partners().size() + VASTE_DEELNEMERS + voorbereiding.aanTafel());
        List<Map<String, Object>> rijen = decisions.evaluateDecisionByKey(OPZET).variables(feiten).evaluate().getResultList();
        List<Segment> segmenten = rijen.stream().filter(r -> r.get("segment") != null)
                .sorted(Comparator.comparing(r -> ((Number) r.get("volgorde")).intValue()))
                .map(r -> Segment.valueOf((String) r.get("segment"))).distinct().toList();
        List<String> waarschuwingen = rijen.stream().map(r -> (String) r.get("waarschuwing")).filter(Objects::nonNull).toList();
        return new Advies(segmenten, waarschuwingen);
    }

    /**
     * Warnings for the chair: a partner with key information that is not invited or, once the
     * contributions are due, has not contributed.
     */
    public List<String> sleutelwaarschuwingen(long casusId, long overlegId, boolean bijdragenVerwacht) {
        Map<String, Object> invoer = sleutelinvoer(casusId);
        Map<String, OverlegRepository.Bijdrageregel> bijdragen = new HashMap<>();
        overleggen.bijdragen(overlegId).forEach(b -> bijdragen.put(b.partner(), b));
        List<String> waarschuwingen = new ArrayList<>();
        Set<String> gezien = new LinkedHashSet<>();
        for (Map<String, Object> rij : decisions.evaluateDecisionByKey(SLEUTELPARTNERS).variables(invoer).evaluate().getResultList()) {
            String partner = (String) rij.get("partner");
            if (!gezien.add(partner)) {
                continue;
            }
            String naam = PartnerGroup.fromId(partner).map(PartnerGroup::naam).orElse(partner);
            OverlegRepository.Bijdrageregel bijdrage = bijdragen.get(partner);
            if (bijdrage == null) {
                waarschuwingen.add(naam + " is niet uitgenodigd. " + rij.get("reden"));
            } else if (bijdragenVerwacht && bijdrage.geleverdOp() == null) {
                waarschuwingen.add(naam + " heeft geen informatie aangeleverd. " + rij.get("reden"));
            }
        }
        return waarschuwingen;
    }

    private Map<String, Object> sleutelinvoer(long casusId) {
        OverlegRepository.Sleutelfeiten feiten = overleggen.sleutelfeiten(casusId);
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("kindOnderMaatregel", feiten.kindOnderMaatregel());
        invoer.put("strafrechtelijkKader", feiten.strafrechtelijkKader());
        invoer.put("aanmelderGroep", feiten.aanmelderGroep());
        return invoer;
    }
}
