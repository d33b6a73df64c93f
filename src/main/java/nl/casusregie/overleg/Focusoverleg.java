package nl.casusregie.overleg;

import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/** Backing class of process focusoverleg (bpmn/focusoverleg.bpmn): its key, element ids and variables. */
public final class Focusoverleg {

    public static final String PROCESS_KEY = "focusoverleg";

    public static final class Element {
        public static final String GEPLAND = "StartEvent_OverlegGepland";
        public static final String VOORBEREIDEN = "UserTask_ClientenVoorbereiden";
        public static final String VASTLEGGEN = "UserTask_OverlegVastleggen";
        public static final String NABESPREKEN = "UserTask_Nabespreken";
        public static final String TERUGKOPPELEN = "UserTask_Terugkoppelen";
        public static final String AFGEROND = "EndEvent_OverlegAfgerond";

        private Element() {
        }
    }

    // Passed in by zvh-casus
    public static final Variable<Long> CASUS_ID = Variable.routing("casusId", Long.class);
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    public static final Variable<Integer> FASE = Variable.routing("fase", Integer.class);
    public static final Variable<String> AANPAK = Variable.routing("aanpak", String.class);
    public static final Variable<String> CASUSREGISSEUR = Variable.routing("casusregisseur", String.class);
    // Preparation with the clients (form overleg-voorbereiden)
    public static final Variable<String> WENSEN_CLIENTEN = Variable.input("wensenClienten", String.class);
    public static final Variable<String> DEELNAME_CLIENTEN = Variable.routing("deelnameClienten", String.class);
    public static final Variable<String> VERTROUWENSPERSOON = Variable.input("vertrouwenspersoon", String.class);
    // The meeting (form overleg-vastleggen); scores and afspraken are JSON lists or form rows
    public static final Variable<Boolean> CLIENTEN_AANWEZIG = Variable.routing("clientenAanwezig", Boolean.class);
    public static final Variable<String> BEELDVORMING = Variable.input("beeldvorming", String.class);
    public static final Variable<Boolean> NIEUWE_ZORGEN = Variable.routing("nieuweZorgen", Boolean.class);
    public static final Variable<Object> SCORES = Variable.input("scores", Object.class);
    public static final Variable<Object> AFSPRAKEN = Variable.input("afspraken", Object.class);
    /** The same lists as rows of the form overleg-vastleggen. */
    public static final FormRows SCORE_RIJEN = new FormRows("score", 10);
    public static final FormRows AFSPRAAK_RIJEN = new FormRows("afspraak", 10);
    // Debrief or feedback (forms overleg-nabespreken, overleg-terugkoppelen)
    public static final Variable<String> NABESPREKING = Variable.input("nabespreking", String.class);
    // Shown on forms only: read from the project's tables each time a form loads
    // (dossier.OverlegOverzicht), never held by the engine.
    /** The chair's form: the previous round's scores per participant, with mean and spread. */
    public static final Variable<String> VORIGE_SCORES = Variable.input("vorigeScores", String.class);
    /** The chair's form: agreements of earlier rounds still open (owner, what, deadline, why). */
    public static final Variable<String> OPEN_AFSPRAKEN = Variable.input("openAfspraken", String.class);
    /** Debrief and feedback forms: this round's agreements, to tell the clients about. */
    public static final Variable<String> AFSPRAKEN_RONDE = Variable.input("afsprakenRonde", String.class);
    // Passed back to zvh-casus
    public static final Variable<Long> OVERLEG_ID = Variable.routing("overlegId", Long.class);
    public static final Variable<Integer> AANTAL_OVERLEGGEN = Variable.routing("aantalOverleggen", Integer.class);
    public static final Variable<Double> GEMIDDELDE_SCORE = Variable.routing("gemiddeldeScore", Double.class);
    public static final Variable<Integer> SCORE_SPREIDING = Variable.routing("scoreSpreiding", Integer.class);

    private Focusoverleg() {
    }

    /** Declares this backing class's routing facts to the engine configuration. */
    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return Focusoverleg.class;
        }
    }
}
