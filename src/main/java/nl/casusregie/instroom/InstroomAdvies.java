package nl.casusregie.instroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks instroom-route which table takes a new report, and why. The rules and their order live in
 * the table, so process owners change them in Modeler; this class only refuses a report whose
 * facts are incomplete and reads the answer.
 */
@Component
public class InstroomAdvies {

    public static final String BESLISSING = "instroom-route";

    private final DecisionService decisions;
    private final SystemAction systemAction;

    public InstroomAdvies(DecisionService decisions, SystemAction systemAction) {
        this.decisions = decisions;
        this.systemAction = systemAction;
    }

    /** The table the report goes to, with the reason a professional reads beside it. */
    public record Advies(Instroomroute route, String reden) {
    }

    public Advies advies(Meldingsfeiten feiten) {
        weigerOntbrekendeFeiten(feiten);
        // The advice is the application's, not a right of the reporter: no user needs a grant on the table itself.
        List<Map<String, Object>> rijen = systemAction.get(() ->
                decisions.evaluateDecisionByKey(BESLISSING).variables(feiten.alsInvoer()).evaluate().getResultList());
        if (rijen.isEmpty()) {
            // Complete facts that meet no rule: a gap in a table a process owner changed; the engine's answer is an error to fix there.
            throw new IllegalStateException(BESLISSING + " gaf geen route voor volledige meldingsfeiten " + feiten
                    + "; de laatste regel van de tabel moet elke melding opvangen");
        }
        Map<String, Object> rij = rijen.get(0);
        String code = (String) rij.get("route");
        Instroomroute route = Instroomroute.of(code)
                .orElseThrow(() -> new IllegalStateException(BESLISSING + " gaf een onbekende route: " + code));
        return new Advies(route, (String) rij.get("reden"));
    }

    /** Every fact but the region must be known: a missing one would let the table fall through to a slower table. */
    private static void weigerOntbrekendeFeiten(Meldingsfeiten feiten) {
        Map<String, Object> invoer = feiten.alsInvoer();
        Map<String, String> fouten = new LinkedHashMap<>();
        Meldingsfeiten.LABELS.forEach((veld, label) -> {
            if (!veld.equals(Meldingsfeiten.REGIO) && invoer.get(veld) == null) {
                fouten.put(veld, label + ": is verplicht");
            }
        });
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
