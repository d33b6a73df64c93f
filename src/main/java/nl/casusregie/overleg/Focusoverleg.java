package nl.casusregie.overleg;

import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.Variable;

/** Backing class of process focusoverleg (bpmn/focusoverleg.bpmn): its key, element ids and variables. */
public final class Focusoverleg {

    public static final String PROCESS_KEY = "focusoverleg";

    public static final class Element {
        public static final String VOORBEREIDEN = "UserTask_ClientenVoorbereiden";
        public static final String VASTLEGGEN = "UserTask_OverlegVastleggen";
        public static final String NABESPREKEN = "UserTask_Nabespreken";
        public static final String TERUGKOPPELEN = "UserTask_Terugkoppelen";
        public static final String AFGEROND = "EndEvent_OverlegAfgerond";

        private Element() {
        }
    }

    // Passed in by zvh-casus
    public static final Variable<Long> CASUS_ID = Variable.of("casusId", Long.class);
    public static final Variable<Integer> FASE = Variable.of("fase", Integer.class);
    // Preparation with the clients (form overleg-voorbereiden)
    public static final Variable<String> WENSEN_CLIENTEN = Variable.personal("wensenClienten", String.class);
    public static final Variable<String> DEELNAME_CLIENTEN = Variable.of("deelnameClienten", String.class);
    public static final Variable<String> VERTROUWENSPERSOON = Variable.personal("vertrouwenspersoon", String.class);
    // The meeting (form overleg-vastleggen); scores and afspraken are JSON lists or form rows
    public static final Variable<Boolean> CLIENTEN_AANWEZIG = Variable.of("clientenAanwezig", Boolean.class);
    public static final Variable<String> BEELDVORMING = Variable.personal("beeldvorming", String.class);
    public static final Variable<Boolean> NIEUWE_ZORGEN = Variable.of("nieuweZorgen", Boolean.class);
    public static final Variable<Object> SCORES = Variable.personal("scores", Object.class);
    public static final Variable<Object> AFSPRAKEN = Variable.personal("afspraken", Object.class);
    /** The same lists as rows of the form overleg-vastleggen. */
    public static final FormRows SCORE_RIJEN = new FormRows("score", 10);
    public static final FormRows AFSPRAAK_RIJEN = new FormRows("afspraak", 10);
    // Debrief or feedback (forms overleg-nabespreken, overleg-terugkoppelen)
    public static final Variable<String> NABESPREKING = Variable.personal("nabespreking", String.class);
    // Passed back to zvh-casus
    public static final Variable<Long> OVERLEG_ID = Variable.of("overlegId", Long.class);
    public static final Variable<Integer> AANTAL_OVERLEGGEN = Variable.of("aantalOverleggen", Integer.class);
    public static final Variable<Double> GEMIDDELDE_SCORE = Variable.of("gemiddeldeScore", Double.class);
    public static final Variable<Integer> SCORE_SPREIDING = Variable.of("scoreSpreiding", Integer.class);

    private Focusoverleg() {
    }
}
