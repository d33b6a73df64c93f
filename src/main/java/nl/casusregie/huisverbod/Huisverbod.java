package nl.casusregie.huisverbod;

import java.util.Date;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of huisverbod (bpmn/huisverbod.bpmn): one temporary restraining order, from the
 * mayor imposing it through the ten days, the decision on extension (at most 28 days in all) or
 * lifting it early, to its end, which puts the case on the agenda as a new incident.
 */
public final class Huisverbod {

    public static final String PROCESS_KEY = "huisverbod";

    /** Contract message: the mayor imposed an order; it starts this process. */
    public static final String MESSAGE_OPGELEGD = "HuisverbodOpgelegd";
    /** The mayor lifted the order early (through POST /api/huisverboden/{id}/intrekking). */
    public static final String MESSAGE_INGETROKKEN = "HuisverbodIngetrokken";

    /** The law's ten days, and the most an order may run with its extension, both from the moment imposed. */
    public static final int DAGEN = 10;
    public static final int MAX_DAGEN = 28;

    /**
     * The extension property of the decision task that says when the decision is due after
     * imposition (an ISO-8601 duration, "P7D"): a setting process owners change in Modeler.
     */
    public static final String BESLUIT_TERMIJN_PROPERTY = "besluitUiterlijkNaOplegging";

    public static final class Element {
        public static final String START = "StartEvent_HuisverbodOpgelegd";
        public static final String HULP_UITHUISGEPLAATSTE = "UserTask_HulpUithuisgeplaatste";
        public static final String HULP_ACHTERBLIJVERS = "UserTask_HulpAchterblijvers";
        public static final String LOOPTIJD = "SubProcess_HuisverbodLoopt";
        public static final String VERLENGINGSBESLUIT = "SubProcess_Verlengingsbesluit";
        public static final String BESLUITEN = "UserTask_BesluitenOverVerlenging";
        public static final String BESLUIT_TE_LAAT = "BoundaryEvent_BesluitTeLaat";
        public static final String TE_LAAT = "UserTask_VerlengingsbesluitTeLaat";
        public static final String BESLUIT_GENOMEN = "EndEvent_BesluitGenomen";
        public static final String GEEN_BESLUIT_OP_DAG_TIEN = "BoundaryEvent_GeenBesluitOpDagTien";
        public static final String VERLOPEN_ZONDER_BESLUIT = "EndEvent_VerlopenZonderBesluit";
        public static final String VERLENGEN_VRAAG = "Gateway_Verlengen";
        public static final String TIEN_DAGEN_AFGELOPEN = "TimerEvent_TienDagenAfgelopen";
        public static final String VERLENGING_AFGELOPEN = "TimerEvent_VerlengingAfgelopen";
        public static final String INGETROKKEN = "BoundaryEvent_Ingetrokken";
        public static final String EINDE_VASTLEGGEN = "ServiceTask_EindeVastleggen";
        public static final String OP_AGENDA_ZETTEN = "ServiceTask_OpAgendaZetten";
        public static final String VOORZITTER_INLICHTEN = "UserTask_VerlopenZonderBesluit";
        public static final String BEEINDIGD = "EndEvent_HuisverbodBeeindigd";

        private Element() {
        }
    }

    // Set when the order is registered (HuisverbodService), reset from the stored order after every step
    public static final Variable<Long> HUISVERBOD_ID = Variable.routing("huisverbodId", Long.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    public static final Variable<Date> OPGELEGD_OP = Variable.routing("opgelegdOp", Date.class);
    /** When the order ends as it stands: imposed + 10 days, or the extension's end; the end timers fire then. */
    public static final Variable<Date> EINDE_HUISVERBOD = Variable.routing("eindeHuisverbod", Date.class);
    /** When the decision on extension is due (the decision task's setting); late, the chair is called in. */
    public static final Variable<Date> BESLUIT_UITERLIJK = Variable.routing("besluitUiterlijk", Date.class);
    /** A {@link HuisverbodStatus}, once the order has ended. */
    public static final Variable<String> EINDE = Variable.routing("huisverbodEinde", String.class);

    // The decision on extension (form huisverbod-verlenging): a Verlengingsbesluit, the end date, why
    public static final Variable<String> VERLENGINGSBESLUIT = Variable.routing("verlengingsbesluit", String.class);
    public static final Variable<String> VERLENGD_TOT = Variable.input("verlengdTot", String.class);
    public static final Variable<String> BESLUIT_REDEN = Variable.input("verlengingsbesluitReden", String.class);

    // Help started during the time-out (forms huisverbod-hulp-uithuisgeplaatste, huisverbod-hulp-achterblijvers)
    public static final Variable<String> HULP_UITHUISGEPLAATSTE = Variable.input("hulpUithuisgeplaatste", String.class);
    public static final Variable<String> HULP_UITHUISGEPLAATSTE_TOELICHTING =
            Variable.input("hulpUithuisgeplaatsteToelichting", String.class);
    public static final Variable<String> HULP_ACHTERBLIJVERS = Variable.input("hulpAchterblijvers", String.class);
    public static final Variable<String> HULP_ACHTERBLIJVERS_TOELICHTING =
            Variable.input("hulpAchterblijversToelichting", String.class);

    // Shown on the forms only, read from the project's tables (HuisverbodFormValues)
    public static final Variable<String> OPGELEGD_TEKST = Variable.input("huisverbodOpgelegd", String.class);
    public static final Variable<String> EINDIGT_TEKST = Variable.input("huisverbodEindigt", String.class);
    public static final Variable<String> BESLUIT_UITERLIJK_TEKST = Variable.input("huisverbodBesluitUiterlijk", String.class);
    public static final Variable<String> UITERLIJK_VERLENGEN_TEKST = Variable.input("huisverbodUiterlijkVerlengen", String.class);
    public static final Variable<String> UITHUISGEPLAATSTE_TEKST = Variable.input("huisverbodUithuisgeplaatste", String.class);
    public static final Variable<String> ACHTERBLIJVERS_TEKST = Variable.input("huisverbodAchterblijvers", String.class);
    public static final Variable<String> HULP_TEKST = Variable.input("huisverbodHulp", String.class);

    private Huisverbod() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return Huisverbod.class;
        }
    }
}
