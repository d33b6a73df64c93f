package nl.casusregie.actieoverleg;

import java.util.Date;
import java.util.List;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of actie-overleg (bpmn/actie-overleg.bpmn): the Actie-Overleg's regional network
 * receives every new report of police or Veilig Thuis (domain.md §6b). A report (start form
 * melding-invoeren, POST /api/meldingen) is routed by decision instroom-route, confirmed or
 * overridden with a reason by the reporter, and handed to its table: the Actie-Overleg itself in
 * this instance, a referral to the house or a ZSM deepening case through their own processes, or
 * after acute joint action or criminal child abuse what the partners acting together chose. A case
 * POSTed to /api/actie-overleggen goes straight to the agenda. One case at the weekly Actie-Overleg
 * of Veilig Thuis, police and an officer with mandate runs from its agenda through the facts
 * bundled before the session to the session's decisions and tactical plan, back on next week's
 * agenda until the plan is done, then closed or handed over.
 */
public final class ActieOverleg {

    public static final String PROCESS_KEY = "actie-overleg";

    public static final class Element {
        public static final String START = "StartEvent_MeldingOntvangen";
        public static final String INGANG = "Gateway_Ingang";
        public static final String MELDING_ROUTEREN = "SubProcess_MeldingRouteren";
        public static final String ROUTE_BEPALEN = "BusinessRuleTask_RouteBepalen";
        public static final String ROUTE_BEVESTIGEN = "UserTask_RouteBevestigen";
        public static final String ROUTE = "Gateway_Route";
        public static final String SAMEN_OP_IN_ACUUT = "UserTask_SamenOpInAcuut";
        public static final String KINDERMISHANDELING = "UserTask_Kindermishandeling";
        public static final String TAFEL = "Gateway_Tafel";
        public static final String ACTIE_OVERLEG_AANMAKEN = "ServiceTask_ActieOverlegAanmaken";
        public static final String AANMELDEN_ZVH = "ServiceTask_AanmeldenBijZvh";
        public static final String INBRENGEN_ZSM = "ServiceTask_InbrengenBijZsm";
        public static final String DOORGEZET = "EndEvent_Doorgezet";
        public static final String ZONDER_TAFEL = "EndEvent_ZonderTafel";
        public static final String OP_AGENDA_ZETTEN = "ServiceTask_OpAgendaZetten";
        public static final String FEITEN_BUNDELEN = "SubProcess_FeitenBundelen";
        public static final String FEITEN_VEILIG_THUIS = "UserTask_FeitenVeiligThuis";
        public static final String FEITEN_POLITIE = "UserTask_FeitenPolitie";
        public static final String SESSIE_BEGINT = "BoundaryEvent_SessieBegint";
        public static final String WACHTEN_OP_SESSIE = "TimerEvent_SessieBegonnen";
        public static final String BESPREKEN = "UserTask_Bespreken";
        public static final String VERVOLG_VRAAG = "Gateway_Vervolg";
        public static final String AFGESLOTEN = "EndEvent_Afgesloten";
        public static final String OVERDRAGEN = "ServiceTask_Overdragen";
        public static final String OVERGEDRAGEN = "EndEvent_Overgedragen";
        public static final String PLAN_KENNISNEMEN = "UserTask_PlanKennisnemen";
        public static final String PLAN_VERLOPEN = "BoundaryEvent_PlanVerlopen";

        private Element() {
        }
    }

    /** The session's outcome for the case (actie_overleg_besluit.vervolg). */
    public static final String VOLGEN = "VOLGEN";
    public static final String AFSLUITEN = "AFSLUITEN";
    /** Handed to another table ({@link Overdracht}): the plan is not the Actie-Overleg's to finish. */
    public static final String OVERDRAGEN = "OVERDRAGEN";

    /** How the instance began ({@link #INGANG}): a new report to route, or a case reported for the Actie-Overleg. */
    public static final String INGANG_MELDING = "MELDING";
    public static final String INGANG_ACTIE_OVERLEG = "ACTIE_OVERLEG";
    /** The follow-up the partners acting together choose when no table follows. */
    public static final String GEEN_TAFEL = "GEEN";

    /** MELDING or ACTIE_OVERLEG, set by the start listener from what the start brought. */
    public static final Variable<String> INGANG = Variable.routing("ingang", String.class);

    // The new report, set from the stored report after every step of its routing (nl.casusregie.instroom.MeldingBinding)
    public static final Variable<Long> MELDING_ID = Variable.routing("meldingId", Long.class);
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
    /** The route the reporter chose, an Instroomroute. */
    public static final Variable<String> ROUTE = Variable.routing("route", String.class);
    /**
     * The table the report goes on to: the chosen route when it is a table (ZVH_TRIAGE, ZSM_VEILIG_THUIS,
     * ACTIE_OVERLEG); after acute joint action or criminal child abuse what the partners chose, or GEEN.
     */
    public static final Variable<String> TAFEL = Variable.routing("tafel", String.class);

    // Set when the case is reported (ActieOverlegMelding), reset from the stored case after every step
    public static final Variable<Long> ACTIE_OVERLEG_ID = Variable.routing("actieOverlegId", Long.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    public static final Variable<String> NUMMER = Variable.routing("actieOverlegNummer", String.class);
    /** The session the case is on: the bundling is due at its start, the session task at its end. */
    public static final Variable<Date> SESSIE_BEGIN = Variable.routing("sessieBegin", Date.class);
    public static final Variable<Date> SESSIE_EINDE = Variable.routing("sessieEinde", Date.class);
    /** VOLGEN, AFSLUITEN or OVERDRAGEN, once the session decided. */
    public static final Variable<String> VERVOLG = Variable.routing("vervolg", String.class);
    /** Who is sent the plan a session made: Veilig Thuis, the police and every partner with an action in it. */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> PLAN_ONTVANGERS = Variable.routing("planOntvangers", List.class);

    // The report, from the Tasklist start form melding-invoeren (its fields are MeldingRequest's)
    /** The people involved: the form's rows betrokkene1..betrokkene6, each a {@link Betrokkene}. */
    public static final FormRows BETROKKENE_RIJEN = new FormRows("betrokkene", 6);
    public static final Variable<String> WAT_GEBEURD = Variable.input("watGebeurd", String.class);

    // The reporter's choice (form route-bevestigen)
    public static final Variable<String> GEKOZEN_ROUTE = Variable.input("gekozenRoute", String.class);
    public static final Variable<String> AFWIJK_REDEN = Variable.input("afwijkReden", String.class);

    // What the partners acting together agreed (form melding-samen-afspreken; its vervolgKeuze is VERVOLG_KEUZE)
    public static final Variable<String> AFSPRAKEN = Variable.input("samenAfspraken", String.class);

    // Facts bundled before the session (forms actie-overleg-feiten-veiligthuis, actie-overleg-feiten-politie)
    public static final Variable<String> FEITEN_VEILIG_THUIS = Variable.input("feitenVeiligThuis", String.class);
    /** JA, NEE or ONBEKEND: whether the perpetrator is known to probation, as Veilig Thuis checked. */
    public static final Variable<String> BEKEND_BIJ_RECLASSERING = Variable.input("bekendBijReclassering", String.class);
    public static final Variable<String> FEITEN_POLITIE = Variable.input("feitenPolitie", String.class);

    // The session's decisions (form actie-overleg-bespreken)
    public static final Variable<Boolean> AMBTSHALVE_AANGIFTE = Variable.input("ambtshalveAangifte", Boolean.class);
    public static final Variable<String> AANGIFTE_REDEN = Variable.input("aangifteReden", String.class);
    public static final Variable<Boolean> AANHOUDING = Variable.input("aanhouding", Boolean.class);
    public static final Variable<Boolean> CONTACTVERBOD = Variable.input("contactverbod", Boolean.class);
    public static final Variable<String> OM_REDEN = Variable.input("omReden", String.class);
    public static final Variable<Boolean> ZORGEN_RESTEREND = Variable.input("zorgenResterend", Boolean.class);
    /** The session's VOLGEN, AFSLUITEN or OVERDRAGEN; after a joint action on a report, the table that follows or GEEN. */
    public static final Variable<String> VERVOLG_KEUZE = Variable.input("vervolgKeuze", String.class);
    public static final Variable<String> VERVOLG_TOELICHTING = Variable.input("vervolgToelichting", String.class);
    /** With OVERDRAGEN: the {@link Overdracht} the case goes to. */
    public static final Variable<String> OVERDRAGEN_AAN = Variable.input("overdragenAan", String.class);
    /** The tactical plan: a list of {@link Actie}, or the form's rows actie1..actie6. */
    public static final Variable<Object> ACTIES = Variable.input("acties", Object.class);
    public static final FormRows ACTIE_RIJEN = new FormRows("actie", 6);

    // Shown on the report's forms only, read from the project's tables (nl.casusregie.instroom.MeldingFormValues)
    public static final Variable<String> MELDING_TEKST = Variable.input("meldingTekst", String.class);
    public static final Variable<String> ADVIES_TEKST = Variable.input("adviesTekst", String.class);
    public static final Variable<String> ROUTE_TEKST = Variable.input("routeTekst", String.class);

    // Shown on the forms only, read from the project's tables (ActieOverlegFormValues)
    public static final Variable<String> WAT_GEBEURD_TEKST = Variable.input("actieOverlegWatGebeurd", String.class);
    public static final Variable<String> BETROKKENEN_TEKST = Variable.input("actieOverlegBetrokkenen", String.class);
    public static final Variable<String> SESSIE_TEKST = Variable.input("actieOverlegSessie", String.class);
    public static final Variable<String> FEITEN_TEKST = Variable.input("actieOverlegFeiten", String.class);
    public static final Variable<String> OPEN_ACTIES_TEKST = Variable.input("actieOverlegOpenActies", String.class);
    public static final Variable<String> BESLUIT_TEKST = Variable.input("actieOverlegBesluit", String.class);

    private ActieOverleg() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return ActieOverleg.class;
        }
    }
}
