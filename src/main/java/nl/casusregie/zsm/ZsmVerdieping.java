package nl.casusregie.zsm;

import java.util.Date;
import java.util.List;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of zsm-verdieping (bpmn/zsm-verdieping.bpmn): one case in the ZSM deepening route,
 * from its entry by a ZSM partner through the partners' contributions before each session and the
 * officer's decision in the session (back on the agenda, a termijnzaak, or a final decision, a
 * handover ending only when the receiving party confirms it started).
 */
public final class ZsmVerdieping {

    public static final String PROCESS_KEY = "zsm-verdieping";

    public static final class Element {
        public static final String START = "StartEvent_ZaakIngebracht";
        public static final String VOORBEREIDING = "SubProcess_Voorbereiding";
        public static final String INFORMATIE_AANLEVEREN = "UserTask_InformatieAanleveren";
        public static final String SESSIE_BEGINT = "TimerEvent_SessieBegint";
        public static final String VERDIEPINGSOVERLEG = "UserTask_Verdiepingsoverleg";
        public static final String BESLUIT = "Gateway_Besluit";
        public static final String TERMIJN_VERSTREKEN = "TimerEvent_TermijnVerstreken";
        public static final String TERUG_OP_AGENDA = "ServiceTask_TermijnzaakTerugOpAgenda";
        public static final String OVERDRACHT_BEVESTIGEN = "UserTask_OverdrachtBevestigen";
        public static final String UITKOMST_KENNISNEMEN = "UserTask_UitkomstKennisnemen";
        public static final String UITKOMST_VERLOPEN = "BoundaryEvent_UitkomstVerlopen";
        public static final String UITKOMST_GELEZEN = "EndEvent_UitkomstGelezen";
        public static final String UITKOMST_VERVALLEN = "EndEvent_UitkomstVervallen";
        public static final String OVERGEDRAGEN = "EndEvent_Overgedragen";

        private Element() {
        }
    }

    // Set from the stored case and its agenda after every step (ZsmBinding)
    public static final Variable<Long> ZAAK_ID = Variable.routing("zsmZaakId", Long.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    /** When the session the case is on begins (the contributions' deadline and the session timer) and ends. */
    public static final Variable<Date> SESSIE_BEGIN = Variable.routing("sessieBegin", Date.class);
    public static final Variable<Date> SESSIE_EINDE = Variable.routing("sessieEinde", Date.class);
    /** The partner groups at the table that contribute before the session (all but the chairing OM). */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> PARTNERS = Variable.routing("zsmPartners", List.class);
    public static final Variable<String> PARTNER = Variable.routing("partner", String.class);
    /** Who is told the outcome: the partners at the table and the group that put the case forward. */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> ONTVANGERS = Variable.routing("zsmOntvangers", List.class);
    /** The officer's last decision, a {@link ZsmBesluit}; its termijnzaak date, and the group a handover goes to. */
    public static final Variable<String> BESLUIT = Variable.routing("zsmBesluit", String.class);
    public static final Variable<Date> TERMIJN_DATUM = Variable.routing("termijnDatum", Date.class);
    public static final Variable<String> ONTVANGER = Variable.routing("ontvanger", String.class);

    // Entry (start form zsm-inbrengen; the API's ZsmInbreng)
    public static final FormRows BETROKKENE_RIJEN = new FormRows("betrokkene", 6);
    public static final Variable<String> REDEN = Variable.input("buikpijnReden", String.class);
    public static final Variable<String> VRAAG = Variable.input("vraag", String.class);

    // A partner's contribution (form zsm-informatie-aanleveren)
    public static final Variable<String> GRONDSLAG = Variable.input("grondslag", String.class);
    public static final Variable<String> INFORMATIE = Variable.input("informatie", String.class);
    public static final Variable<String> WEIGERING = Variable.input("weigering", String.class);
    public static final Variable<String> VERZOEK = Variable.input("informatieverzoek", String.class);
    public static final Variable<String> VERZOEK_REDEN = Variable.input("informatieverzoekReden", String.class);

    // The session (form zsm-verdiepingsoverleg)
    public static final Variable<String> REGIEHOUDER = Variable.input("regiehouder", String.class);
    public static final Variable<String> INTERPRETATIE = Variable.input("interpretatie", String.class);
    @SuppressWarnings("rawtypes")
    public static final Variable<List> ZORGEN_BLIJVEN = Variable.input("zorgenBlijven", List.class);
    public static final Variable<String> BESLUIT_INVOER = Variable.input("officierBesluit", String.class);
    public static final Variable<String> TERUGKEER_REDEN = Variable.input("terugkeerReden", String.class);
    public static final Variable<String> TERMIJN_TOT = Variable.input("termijnTot", String.class);
    public static final Variable<String> TOELICHTING = Variable.input("besluitToelichting", String.class);
    public static final Variable<String> BRIEF_AAN = Variable.input("briefAan", String.class);
    public static final Variable<String> BRIEF_TEKST = Variable.input("briefTekst", String.class);
    public static final Variable<String> BRIEF_TAAL = Variable.input("briefTaal", String.class);
    /**
     * A conditional dismissal's probation, asked as the probation's start form asks it (same keys and
     * labels, read as a ProeftijdAanvraag); it begins on the day of the decision. toezichthouder and
     * risico are routing facts of the proeftijd process, so the session's listener removes them here.
     */
    public static final Variable<Integer> DUUR_MAANDEN = Variable.input("duurMaanden", Integer.class);
    public static final Variable<String> TOEZICHTHOUDER = Variable.input("toezichthouder", String.class);
    public static final Variable<String> RISICO = Variable.input("risico", String.class);
    public static final FormRows VOORWAARDE_RIJEN = new FormRows("voorwaarde", 5);

    // The receiving party's confirmation (form zsm-overdracht-bevestigen)
    public static final Variable<String> OVERDRACHT_TOELICHTING = Variable.input("overdrachtToelichting", String.class);

    // Shown on the forms only, read from the project's tables (ZsmFormValues)
    public static final Variable<String> ZAAK_TEKST = Variable.input("zsmZaak", String.class);
    public static final Variable<String> BIJDRAGEN_TEKST = Variable.input("zsmBijdragen", String.class);
    public static final Variable<String> AGENDA_TEKST = Variable.input("zsmAgenda", String.class);
    public static final Variable<String> UITKOMST_TEKST = Variable.input("zsmUitkomst", String.class);

    private ZsmVerdieping() {
    }

    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return ZsmVerdieping.class;
        }
    }
}
