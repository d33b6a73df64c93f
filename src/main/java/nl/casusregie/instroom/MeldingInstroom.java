package nl.casusregie.instroom;

import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of melding-instroom (bpmn/melding-instroom.bpmn, "Nieuwe melding"): a new report
 * entered by police or Veilig Thuis, routed by decision instroom-route, confirmed or overridden
 * (with a reason) by the reporter, and then handed to its table: a referral to the house's triage,
 * a ZSM deepening case, an Actie-Overleg case, or, for acute joint action and criminal child abuse,
 * a task for the partners acting together to record what they agreed and which table follows.
 */
public final class MeldingInstroom {

    public static final String PROCESS_KEY = "melding-instroom";

    public static final class Element {
        public static final String START = "StartEvent_MeldingOntvangen";
        public static final String ROUTE_BEPALEN = "BusinessRuleTask_RouteBepalen";
        public static final String ROUTE_BEVESTIGEN = "UserTask_RouteBevestigen";
        public static final String ROUTE = "Gateway_Route";
        public static final String AANMELDEN_ZVH = "ServiceTask_AanmeldenBijZvh";
        public static final String INBRENGEN_ZSM = "ServiceTask_InbrengenBijZsm";
        public static final String AANMELDEN_ACTIE_OVERLEG = "ServiceTask_AanmeldenActieOverleg";
        public static final String SAMEN_OP_IN_ACUUT = "UserTask_SamenOpInAcuut";
        public static final String KINDERMISHANDELING = "UserTask_Kindermishandeling";
        public static final String TAFEL = "Gateway_Tafel";
        public static final String TAFEL_GESTART = "EndEvent_TafelGestart";
        public static final String ZONDER_TAFEL = "EndEvent_ZonderTafel";

        private Element() {
        }
    }

    /** The follow-up the partners acting together choose when no table follows. */
    public static final String GEEN_TAFEL = "GEEN";

    // Set from the stored report after every step (MeldingBinding)
    public static final Variable<Long> MELDING_ID = Variable.routing("meldingId", Long.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    /** The reporter's partner group (politie or veiligthuis): the candidate group of "Route bevestigen". */
    public static final Variable<String> MELDER_GROEP = Variable.routing("melderGroep", String.class);
    // The facts instroom-route reads, by the table's input names (no personal data: yes/no, a kind, a region)
    public static final Variable<String> SOORT_MELDING = Variable.routing("soortMelding", String.class);
    public static final Variable<Boolean> ACUTE_ONVEILIGHEID = Variable.routing("acuteOnveiligheid", Boolean.class);
    public static final Variable<Boolean> LETSEL_KIND = Variable.routing("letselKind", Boolean.class);
    public static final Variable<Boolean> STALKING = Variable.routing("stalking", Boolean.class);
    public static final Variable<Boolean> VERDACHTE_GEHOORD = Variable.routing("verdachteGehoordOfAangehouden", Boolean.class);
    public static final Variable<Boolean> MENSENHANDEL = Variable.routing("mensenhandel", Boolean.class);
    public static final Variable<String> REGIO = Variable.routing("regio", String.class);
    public static final Variable<Boolean> DREIGEND_GEVAAR = Variable.routing("dreigendGevaar", Boolean.class);
    /** The table's result (route and reason), and each of them as the business rule task maps it. */
    public static final Variable<Object> ROUTE_ADVIES = Variable.routing("routeAdvies", Object.class);
    public static final Variable<String> ADVIES_ROUTE = Variable.routing("adviesRoute", String.class);
    public static final Variable<String> ADVIES_REDEN = Variable.routing("adviesReden", String.class);
    /** The route the reporter chose, an {@link Instroomroute}. */
    public static final Variable<String> ROUTE = Variable.routing("route", String.class);
    /**
     * The table the report goes on to: the chosen route when it is a table with a process of its own
     * (ZVH_TRIAGE, ZSM_VEILIG_THUIS, ACTIE_OVERLEG); after acute joint action or criminal child abuse
     * what the partners chose, or GEEN.
     */
    public static final Variable<String> TAFEL = Variable.routing("tafel", String.class);

    // Entry (start form melding-invoeren; the API's MeldingRequest)
    public static final FormRows BETROKKENE_RIJEN = new FormRows("betrokkene", 6);
    public static final Variable<String> WAT_GEBEURD = Variable.input("watGebeurd", String.class);

    // The reporter's choice (form route-bevestigen)
    public static final Variable<String> GEKOZEN_ROUTE = Variable.input("gekozenRoute", String.class);
    public static final Variable<String> AFWIJK_REDEN = Variable.input("afwijkReden", String.class);

    // What the partners acting together agreed (form melding-samen-afspreken)
    public static final Variable<String> AFSPRAKEN = Variable.input("samenAfspraken", String.class);
    public static final Variable<String> VERVOLG_KEUZE = Variable.input("vervolgKeuze", String.class);

    // Shown on the forms only, read from the project's tables (MeldingFormValues)
    public static final Variable<String> MELDING_TEKST = Variable.input("meldingTekst", String.class);
    public static final Variable<String> ADVIES_TEKST = Variable.input("adviesTekst", String.class);
    public static final Variable<String> ROUTE_TEKST = Variable.input("routeTekst", String.class);

    private MeldingInstroom() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return MeldingInstroom.class;
        }
    }
}
