package nl.casusregie.overleg;

import java.util.Date;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of afspraak-opvolging: the follow-up of one agreement up to its deadline, or the
 * watch over one minimum condition (bodemeis) by its guard up to its deadline.
 */
public final class AfspraakOpvolging {

    public static final String PROCESS_KEY = "afspraak-opvolging";

    public static final class Element {
        public static final String START = "StartEvent_AfspraakGemaakt";
        public static final String BODEMEIS_VRAAG = "Gateway_Bodemeis";
        // An agreement: the owner group carries it out
        public static final String UITVOEREN = "UserTask_AfspraakUitvoeren";
        public static final String DEADLINE_VERSTREKEN = "BoundaryEvent_DeadlineVerstreken";
        public static final String LANG_VERLOPEN = "BoundaryEvent_LangVerlopen";
        public static final String NAGAAN_CASUSREGISSEUR = "UserTask_NagaanCasusregisseur";
        public static final String NAGAAN_VOORZITTER = "UserTask_NagaanVoorzitter";
        public static final String AFSPRAAK_AFGEROND = "EndEvent_AfspraakAfgerond";
        // A minimum condition: the guard group watches it
        public static final String BEWAKING = "SubProcess_BodemeisBewaken";
        public static final String BODEMEIS_BEWAKEN = "UserTask_BodemeisBewaken";
        public static final String BODEMEIS_DEADLINE_VERSTREKEN = "BoundaryEvent_BodemeisDeadlineVerstreken";
        public static final String BODEMEIS_LANG_VERLOPEN = "BoundaryEvent_BodemeisLangVerlopen";
        public static final String BODEMEIS_NAGAAN_CASUSREGISSEUR = "UserTask_BodemeisNagaanCasusregisseur";
        public static final String BODEMEIS_NAGAAN_VOORZITTER = "UserTask_BodemeisNagaanVoorzitter";
        public static final String BODEMEIS_NAGELEEFD = "EndEvent_BodemeisNageleefd";
        /**
         * A breach is a new incident on the case (message NieuwIncident on zvh-casus, by the case
         * number): the case goes back to phase 1 and the chair gets one task there, whatever reported it.
         */
        public static final String INCIDENT_MELDEN = "ServiceTask_IncidentMelden";
        public static final String INCIDENT_GEMELD = "EndEvent_IncidentGemeld";

        private Element() {
        }
    }

    // Set when the agreement is recorded (AfspraakOpvolgingStarter)
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    /** The partner group that carries out the agreement, or guards the minimum condition. */
    public static final Variable<String> EIGENAAR = Variable.routing("eigenaar", String.class);
    public static final Variable<Date> DEADLINE = Variable.routing("deadline", Date.class);
    public static final Variable<Date> ESCALATIE_VOORZITTER = Variable.routing("escalatieVoorzitter", Date.class);
    /** The case director who looks into an overdue agreement first; none for an Actie-Overleg's plan, whose weekly session does. */
    public static final Variable<String> CASUSREGISSEUR = Variable.routing("casusregisseur", String.class);
    /** The group that chairs the table that made the agreement: called in two weeks after the deadline. */
    public static final Variable<String> VOORZITTER = Variable.routing("voorzitter", String.class);
    /** The agreement is a minimum condition (afspraak.bodemeis): its guard watches it instead of carrying it out. */
    public static final Variable<Boolean> BODEMEIS = Variable.routing("bodemeis", Boolean.class);
    // The owner's outcome (form afspraak-uitvoeren)
    public static final Variable<String> UITKOMST = Variable.routing("afspraakUitkomst", String.class);
    public static final Variable<String> TOELICHTING = Variable.input("afspraakToelichting", String.class);
    // The guard's outcome (form bodemeis-bewaken): a BodemeisUitkomst, and what happened when broken
    public static final Variable<String> BODEMEIS_UITKOMST = Variable.routing("bodemeisUitkomst", String.class);
    public static final Variable<String> SCHENDING = Variable.input("bodemeisSchending", String.class);
    // Shown on the forms only, read from the project's tables (AfspraakFormValues)
    public static final Variable<String> WAT = Variable.input("afspraakWat", String.class);
    public static final Variable<String> WAAROM = Variable.input("afspraakWaarom", String.class);
    public static final Variable<String> DEADLINE_TEKST = Variable.input("afspraakDeadline", String.class);
    public static final Variable<String> EIGENAAR_TEKST = Variable.input("afspraakEigenaar", String.class);
    public static final Variable<String> BIJ_SCHENDING_TEKST = Variable.input("afspraakBijSchending", String.class);

    private AfspraakOpvolging() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return AfspraakOpvolging.class;
        }
    }
}
