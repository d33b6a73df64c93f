package nl.casusregie.overleg;

import java.util.Date;
import java.util.List;
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
        public static final String PLANNEN = "UserTask_OverlegPlannen";
        /** The next meeting comes near and the round is not planned: the chair's plan task gets priority. */
        public static final String VOLGEND_OVERLEG_NADERT = "BoundaryEvent_VolgendOverlegNadert";
        public static final String PLANNEN_VOORRANG_GEVEN = "ServiceTask_PlannenVoorrangGeven";
        public static final String VOORZITTER_GEWAARSCHUWD = "EndEvent_VoorzitterGewaarschuwd";
        public static final String OPZET_BEVESTIGEN = "UserTask_OpzetBevestigen";
        public static final String INFORMATIE_AANLEVEREN = "UserTask_InformatieAanleveren";
        public static final String OVERLEG_BEGINT = "BoundaryEvent_OverlegBegint";
        /** One task per segment of the meeting, in order (sequential multi-instance). */
        public static final String VASTLEGGEN = "UserTask_OverlegVastleggen";
        public static final String BRIEF_VERTALEN = "UserTask_BriefVertalen";
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
    // Preparation with the clients (form overleg-voorbereiden); leden per member, as a JSON list or form rows
    public static final Variable<String> WENSEN_CLIENTEN = Variable.input("wensenClienten", String.class);
    public static final Variable<String> DEELNAME_CLIENTEN = Variable.routing("deelnameClienten", String.class);
    public static final Variable<String> VERTROUWENSPERSOON = Variable.input("vertrouwenspersoon", String.class);
    public static final Variable<String> HOOP_CLIENTEN = Variable.input("hoopClienten", String.class);
    public static final Variable<Object> LEDEN = Variable.input("leden", Object.class);
    public static final int MAX_LEDEN = 8;
    public static final FormRows LID_RIJEN = new FormRows("lid", MAX_LEDEN);
    /**
     * When the chair must have planned the round: the proposed meeting date (an earlier date after an
     * incident, else the one the last round agreed) less the planning period, or a week after the
     * round began when no date is agreed. The plan task is due then and escalates then.
     */
    public static final Variable<Date> PLAN_UITERLIJK = Variable.routing("planUiterlijk", Date.class);
    // The chair's plan (form overleg-plannen)
    public static final Variable<String> DATUM = Variable.input("datum", String.class);
    /** Where the proposed date comes from, shown beside it. */
    public static final Variable<String> DATUM_HERKOMST = Variable.input("datumHerkomst", String.class);
    public static final Variable<Boolean> OM_NODIG = Variable.input("omNodig", Boolean.class);
    public static final Variable<Boolean> STALKING_OF_TERREUR = Variable.input("stalkingOfTerreur", Boolean.class);
    public static final Variable<Object> UITGENODIGDE_PARTNERS = Variable.input("uitgenodigdePartners", Object.class);
    /** The meeting's date (its start, for the timer) and the day before it, when contributions are due. */
    public static final Variable<Date> OVERLEG_DATUM = Variable.routing("overlegDatum", Date.class);
    public static final Variable<Date> BIJDRAGE_UITERLIJK = Variable.routing("bijdrageUiterlijk", Date.class);
    // The chair's confirmation (form overleg-opzet-bevestigen)
    public static final Variable<Boolean> OPZET_WIJZIGEN = Variable.input("opzetWijzigen", Boolean.class);
    public static final Variable<Object> SEGMENTEN = Variable.input("segmenten", Object.class);
    public static final Variable<String> OPZET_REDEN = Variable.input("opzetReden", String.class);
    /** What the contribution and meeting tasks repeat over: the invited partner groups, the segments' codes in order. */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> UITNODIGINGEN = Variable.routing("uitnodigingen", List.class);
    @SuppressWarnings("rawtypes")
    public static final Variable<List> OVERLEGDELEN = Variable.routing("overlegdelen", List.class);
    // A partner's contribution (form informatie-aanleveren), one task per invited partner group
    public static final Variable<String> PARTNER = Variable.routing("partner", String.class);
    public static final Variable<String> GRONDSLAG = Variable.input("grondslag", String.class);
    public static final Variable<String> INFORMATIE = Variable.input("informatie", String.class);
    public static final Variable<String> WEIGERING = Variable.input("weigering", String.class);
    // One segment of the meeting (form overleg-vastleggen); scores and afspraken are JSON lists or form rows
    public static final Variable<String> SEGMENT = Variable.routing("segment", String.class);
    public static final Variable<Boolean> CLIENTEN_AANWEZIG = Variable.routing("clientenAanwezig", Boolean.class);
    public static final Variable<String> BEELDVORMING = Variable.input("beeldvorming", String.class);
    public static final Variable<String> OORDEEL = Variable.input("oordeel", String.class);
    public static final Variable<Boolean> NIEUWE_ZORGEN = Variable.routing("nieuweZorgen", Boolean.class);
    public static final Variable<String> MINIMAAL_NODIG = Variable.input("minimaalNodig", String.class);
    public static final Variable<Object> SCORES = Variable.input("scores", Object.class);
    public static final Variable<Object> AFSPRAKEN = Variable.input("afspraken", Object.class);
    public static final Variable<String> VOLGEND_OVERLEG = Variable.input("volgendOverleg", String.class);
    public static final Variable<String> BIJ_SCHENDING = Variable.input("bijSchending", String.class);
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
    /** The chair's confirmation: the composition overleg-opzet advises, in words. */
    public static final Variable<String> OPZET_ADVIES = Variable.input("opzetAdvies", String.class);
    /** The chair's forms: key partners not invited or without contribution, a table too full. */
    public static final Variable<String> WAARSCHUWINGEN = Variable.input("waarschuwingen", String.class);
    /** The chair's meeting form: the partners' contributions to summarise at the start. */
    public static final Variable<String> BIJDRAGEN = Variable.input("bijdragen", String.class);
    /** The meeting form: which part of the meeting this task records, in words. */
    public static final Variable<String> SEGMENT_NAAM = Variable.input("segmentNaam", String.class);
    /** Debrief and feedback forms: this round's agreements, to tell the clients about. */
    public static final Variable<String> AFSPRAKEN_RONDE = Variable.input("afsprakenRonde", String.class);
    // Passed back to zvh-casus
    public static final Variable<Long> OVERLEG_ID = Variable.routing("overlegId", Long.class);
    public static final Variable<Integer> AANTAL_OVERLEGGEN = Variable.routing("aantalOverleggen", Integer.class);
    public static final Variable<Double> GEMIDDELDE_SCORE = Variable.routing("gemiddeldeScore", Double.class);
    public static final Variable<Integer> SCORE_SPREIDING = Variable.routing("scoreSpreiding", Integer.class);
    public static final Variable<Integer> HOOGSTE_ZORG = Variable.routing("hoogsteZorg", Integer.class);
    public static final Variable<Boolean> BODEMEIS_GESCHONDEN = Variable.routing("bodemeisGeschonden", Boolean.class);
    // Translation of the letter (form brief-vertalen)
    public static final Variable<Boolean> VERTAALD = Variable.input("vertaald", Boolean.class);
    /** A member reads another language than Dutch: the letter goes to translation. */
    public static final Variable<Boolean> VERTALING_NODIG = Variable.routing("vertalingNodig", Boolean.class);
    /** The languages the letter is to be translated into, as the translation form shows them. */
    public static final Variable<String> BRIEF_TALEN = Variable.input("briefTalen", String.class);

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
