package nl.casusregie.proeftijd;

import java.util.Date;
import java.util.List;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of process proeftijd (bpmn/proeftijd.bpmn): the follow-up of one criminal decision
 * with a probation period and conditions. Its business key is the probation's own number; it
 * carries the case number and house of the household's case.
 */
public final class Proeftijd {

    public static final String PROCESS_KEY = "proeftijd";

    /** Message (contract): a condition was broken; correlated by the probation's number (business key). */
    public static final String MESSAGE_VOORWAARDE_OVERTREDEN = "VoorwaardeOvertreden";


    public static final class Element {
        public static final String START = "StartEvent_ProeftijdOpgelegd";
        public static final String PROEFTIJD_LOOPT = "SubProcess_ProeftijdLoopt";
        public static final String CONTROLES = "SubProcess_VoorwaardenControleren";
        public static final String INTERVAL_BEPALEN = "BusinessRuleTask_ControleIntervalBepalen";
        public static final String CONTROLEMOMENT = "IntermediateCatchEvent_Controlemoment";
        public static final String CONTROLEREN = "UserTask_VoorwaardeControleren";
        public static final String OVERTREDING_GEMELD_BIJ_CONTROLE = "IntermediateThrowEvent_OvertredingGemeld";
        public static final String GEEN_CONTROLE_MEER = "EndEvent_GeenControleMeer";
        public static final String EINDE_PROEFTIJD = "IntermediateCatchEvent_EindeProeftijd";
        public static final String OVERTREDING_BIJ_CONTROLE = "BoundaryEvent_OvertredingBijControle";
        public static final String VOORWAARDE_OVERTREDEN = "BoundaryEvent_VoorwaardeOvertreden";
        public static final String VOORWAARDEN_GEWIJZIGD = "BoundaryEvent_VoorwaardenGewijzigd";
        public static final String CASUS_AGENDEREN = "ServiceTask_CasusAgenderen";
        public static final String REAGEREN = "UserTask_ReagerenOpOvertreding";
        public static final String GEWAARSCHUWD = "EndEvent_Gewaarschuwd";
        public static final String VOORWAARDEN_WIJZIGEN = "IntermediateThrowEvent_VoorwaardenGewijzigd";
        public static final String TENUITVOERLEGGING = "EndEvent_Tenuitvoerlegging";
        public static final String EVALUEREN = "UserTask_ProeftijdEvalueren";
        public static final String AFGESLOTEN = "EndEvent_ProeftijdAfgesloten";

        private Element() {
        }
    }

    /** The conditions as rows of the start form and of the OM's changed conditions (voorwaarde1..voorwaarde5). */
    public static final FormRows VOORWAARDE_RIJEN = new FormRows("voorwaarde", 5);

    // Set from the stored probation after every step (ProeftijdBinding)
    public static final Variable<Long> PROEFTIJD_ID = Variable.routing("proeftijdId", Long.class);
    public static final Variable<String> PROEFTIJDNUMMER = Variable.routing("proeftijdnummer", String.class);
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    /** The partner group that checks the conditions and evaluates the probation. */
    public static final Variable<String> TOEZICHTHOUDER = Variable.routing("toezichthouder", String.class);
    /** A Risico: input of opvolging-interval. */
    public static final Variable<String> RISICO = Variable.routing("risico", String.class);
    /** The first day after the probation period, at 00:00: the timer of the period's end. */
    public static final Variable<Date> EINDDATUM = Variable.routing("einddatum", Date.class);
    /**
     * The ids of the conditions in force: the collection of the checks (one instance per condition).
     * Not "voorwaarden", the name of the list the forms submit as rows.
     */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> VOORWAARDE_IDS = Variable.routing("voorwaardeIds", List.class);

    // Local to one condition's checks (VoorwaardeLadenListener declares them there)
    public static final Variable<Long> VOORWAARDE_ID = Variable.routing("voorwaardeId", Long.class);
    /** A VoorwaardeSoort: input of opvolging-interval. */
    public static final Variable<String> VOORWAARDE_SOORT = Variable.routing("voorwaardeSoort", String.class);
    /** Output of opvolging-interval: an ISO-8601 period such as P3M. */
    public static final Variable<String> CONTROLE_INTERVAL = Variable.routing("controleInterval", String.class);
    /** When the next check is due: the interval from now. */
    public static final Variable<Date> CONTROLEMOMENT = Variable.routing("controleMoment", Date.class);
    /** Whether that moment falls before the end of the period; if not, this condition has had its last check. */
    public static final Variable<Boolean> CONTROLE_VOOR_EINDE = Variable.routing("controleVoorEinde", Boolean.class);
    /** The supervisor's report (form voorwaarde-controleren): a ControleUitkomst. */
    public static final Variable<String> CONTROLE_UITKOMST = Variable.routing("controleUitkomst", String.class);
    public static final Variable<String> CONTROLE_BEVINDINGEN = Variable.input("controleBevindingen", String.class);

    // A breach and the OM's reaction (form overtreding-reageren)
    /** The breach just reported, read in the same transaction by the steps that follow it. */
    public static final Variable<Long> OVERTREDING_ID = Variable.routing("overtredingId", Long.class);
    /** An OmReactie. */
    public static final Variable<String> OM_REACTIE = Variable.routing("omReactie", String.class);
    public static final Variable<String> REACTIE_REDEN = Variable.input("reactieReden", String.class);

    // The closing evaluation (form proeftijd-evalueren)
    public static final Variable<String> EVALUATIE_UITKOMST = Variable.routing("evaluatieUitkomst", String.class);
    public static final Variable<String> EVALUATIE = Variable.input("evaluatie", String.class);

    // The start form (proeftijd-starten); the API takes the same names (ProeftijdAanvraag)
    public static final Variable<String> PROEFTIJD_SOORT = Variable.input("proeftijdSoort", String.class);
    public static final Variable<Object> INGANGSDATUM = Variable.input("ingangsdatum", Object.class);
    public static final Variable<Integer> DUUR_MAANDEN = Variable.input("duurMaanden", Integer.class);

    // Shown on forms only, read from the project's tables (ProeftijdFormValues)
    public static final Variable<String> PROEFTIJD_TEKST = Variable.input("proeftijdTekst", String.class);
    public static final Variable<String> VOORWAARDE_TEKST = Variable.input("voorwaardeTekst", String.class);
    public static final Variable<String> EERDERE_CONTROLES = Variable.input("eerdereControles", String.class);
    public static final Variable<String> OVERTREDING_TEKST = Variable.input("overtredingTekst", String.class);
    public static final Variable<String> EERDERE_OVERTREDINGEN = Variable.input("eerdereOvertredingen", String.class);
    public static final Variable<String> VERLOOP = Variable.input("proeftijdVerloop", String.class);

    private Proeftijd() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return Proeftijd.class;
        }
    }
}
