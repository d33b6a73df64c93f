package nl.casusregie.overleg;

import java.util.Date;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/** Backing class of afspraak-opvolging: the follow-up of one agreement up to its deadline. */
public final class AfspraakOpvolging {

    public static final String PROCESS_KEY = "afspraak-opvolging";

    public static final class Element {
        public static final String UITVOEREN = "UserTask_AfspraakUitvoeren";
        public static final String NAGAAN_CASUSREGISSEUR = "UserTask_NagaanCasusregisseur";
        public static final String NAGAAN_VOORZITTER = "UserTask_NagaanVoorzitter";

        private Element() {
        }
    }

    // Set when the agreement is recorded (AfspraakOpvolgingStarter)
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    public static final Variable<String> EIGENAAR = Variable.routing("eigenaar", String.class);
    public static final Variable<Date> DEADLINE = Variable.routing("deadline", Date.class);
    public static final Variable<Date> ESCALATIE_VOORZITTER = Variable.routing("escalatieVoorzitter", Date.class);
    public static final Variable<String> CASUSREGISSEUR = Variable.routing("casusregisseur", String.class);
    // The owner's outcome (form afspraak-uitvoeren)
    public static final Variable<String> UITKOMST = Variable.routing("afspraakUitkomst", String.class);
    public static final Variable<String> TOELICHTING = Variable.input("afspraakToelichting", String.class);
    // Shown on the forms only, read from the project's tables (AfspraakFormValues)
    public static final Variable<String> WAT = Variable.input("afspraakWat", String.class);
    public static final Variable<String> WAAROM = Variable.input("afspraakWaarom", String.class);
    public static final Variable<String> DEADLINE_TEKST = Variable.input("afspraakDeadline", String.class);
    public static final Variable<String> EIGENAAR_TEKST = Variable.input("afspraakEigenaar", String.class);

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
