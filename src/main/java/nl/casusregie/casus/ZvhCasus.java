package nl.casusregie.casus;

import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.Variable;

/** Backing class of process zvh-casus (bpmn/zvh-casus.bpmn): its key, element ids and variables. */
public final class ZvhCasus {

    public static final String PROCESS_KEY = "zvh-casus";

    /** Message: the case director's involvement ended; case direction is handed over at once. */
    public static final String MESSAGE_CASUSREGIE_BEEINDIGD = "CasusregieBeeindigd";

    /** Element ids, for tests and for code that starts or inspects instances. */
    public static final class Element {
        public static final String START = "StartEvent_AanmeldingOntvangen";
        public static final String TRIAGE_ADVIES = "BusinessRuleTask_TriageAdvies";
        public static final String TRIAGE_BESLUITEN = "UserTask_TriageBesluiten";
        public static final String TERUGKOPPELEN_TRIAGE = "UserTask_TerugkoppelenTriage";
        public static final String NIET_OPGEPAKT = "EndEvent_NietOpgepakt";
        public static final String CASUSREGIE_TOEWIJZEN = "UserTask_CasusregieToewijzen";
        public static final String FOCUSOVERLEG = "CallActivity_Focusoverleg";
        public static final String FASE_ADVIES = "BusinessRuleTask_FaseAdvies";
        public static final String VERVOLG_BESLUITEN = "UserTask_VervolgBesluiten";
        public static final String AFSLUITPLAN_OPSTELLEN = "UserTask_AfsluitplanOpstellen";
        public static final String AFSLUITPLAN_GOEDKEUREN = "UserTask_AfsluitplanGoedkeuren";
        public static final String CASUS_AFSLUITEN = "ServiceTask_CasusAfsluiten";
        public static final String NAZORG_TERMIJN = "TimerEvent_NazorgTermijn";
        public static final String NAZORG_CONTROLEREN = "UserTask_NazorgControleren";
        public static final String BEEINDIGD = "EndEvent_CasusBeeindigd";
        public static final String CASUSREGIE_OVERDRAGEN = "UserTask_CasusregieOverdragen";

        private Element() {
        }
    }

    /** The household's members as rows of the start form aanmelding (the API takes the list leden). */
    public static final FormRows LID_RIJEN = new FormRows("lid", 8);

    // Set when the referral is registered
    public static final Variable<Long> CASUS_ID = Variable.of("casusId", Long.class);
    public static final Variable<String> HUIS = Variable.of("huis", String.class);
    public static final Variable<String> AANMELDER_GROEP = Variable.of("aanmelderGroep", String.class);
    public static final Variable<String> EERDERE_CASUSSEN = Variable.of("eerdereCasussen", String.class);
    public static final Variable<String> NAZORG_TERMIJN = Variable.of("nazorgTermijn", String.class);
    // Inputs of triage-aanpak
    public static final Variable<Boolean> GEWELD_HOOFDREDEN = Variable.of("geweldHoofdreden", Boolean.class);
    public static final Variable<Integer> PATROON_JAREN = Variable.of("patroonJaren", Integer.class);
    public static final Variable<Integer> AANTAL_LEEFGEBIEDEN = Variable.of("aantalLeefgebieden", Integer.class);
    public static final Variable<Boolean> KINDEREN_BETROKKEN = Variable.of("kinderenBetrokken", Boolean.class);
    public static final Variable<Boolean> ACUUT_GEVAAR = Variable.of("acuutGevaar", Boolean.class);
    // Outputs of triage-aanpak and the triage decision (form triage-besluiten)
    public static final Variable<String> ADVIES_AANPAK = Variable.of("adviesAanpak", String.class);
    public static final Variable<String> ADVIES_VERWIJZING = Variable.of("adviesVerwijzing", String.class);
    public static final Variable<String> ADVIES_REDEN = Variable.of("adviesReden", String.class);
    public static final Variable<String> AANPAK = Variable.of("aanpak", String.class);
    public static final Variable<String> VERWIJZING = Variable.of("verwijzing", String.class);
    public static final Variable<String> TRIAGE_REDEN = Variable.personal("triageReden", String.class);
    // Feedback when not taken up (form terugkoppeling-triage)
    public static final Variable<String> TERUGKOPPELING_WIJZE = Variable.of("terugkoppelingWijze", String.class);
    public static final Variable<String> TERUGKOPPELING_TEKST = Variable.personal("terugkoppelingTekst", String.class);
    // Case direction (form casusregie-toewijzen)
    public static final Variable<String> CASUSREGISSEUR = Variable.of("casusregisseur", String.class);
    public static final Variable<String> CASUSREGIE_REDEN = Variable.personal("casusregieReden", String.class);
    // Focus meeting rounds and fase-overgang
    public static final Variable<Integer> FASE = Variable.of("fase", Integer.class);
    public static final Variable<Integer> AANTAL_OVERLEGGEN = Variable.of("aantalOverleggen", Integer.class);
    public static final Variable<Double> GEMIDDELDE_SCORE = Variable.of("gemiddeldeScore", Double.class);
    public static final Variable<Integer> SCORE_SPREIDING = Variable.of("scoreSpreiding", Integer.class);
    public static final Variable<Boolean> NIEUWE_ZORGEN = Variable.of("nieuweZorgen", Boolean.class);
    public static final Variable<String> ADVIES_OVERGANG = Variable.of("adviesOvergang", String.class);
    public static final Variable<String> ADVIES_OVERGANG_REDEN = Variable.of("adviesOvergangReden", String.class);
    // The chair's decision (form vervolg-besluiten)
    public static final Variable<String> OVERGANG = Variable.of("overgang", String.class);
    public static final Variable<String> OVERGANG_REDEN = Variable.personal("overgangReden", String.class);
    public static final Variable<Boolean> OPSCHALEN_NAAR_MDA = Variable.of("opschalenNaarMdaPlusPlus", Boolean.class);
    public static final Variable<Boolean> CASUSREGIE_WISSELEN = Variable.of("casusregieWisselen", Boolean.class);
    // Closing (forms afsluitplan-opstellen, afsluitplan-goedkeuren)
    public static final Variable<String> AFSLUITPLAN = Variable.personal("afsluitplan", String.class);
    public static final Variable<String> OVERDRACHT_AAN = Variable.personal("overdrachtAan", String.class);
    public static final Variable<Boolean> AFSLUITPLAN_GOEDGEKEURD = Variable.of("afsluitplanGoedgekeurd", Boolean.class);
    public static final Variable<String> AFSLUITPLAN_OPMERKING = Variable.personal("afsluitplanOpmerking", String.class);
    // Aftercare (form nazorg-controleren)
    public static final Variable<Boolean> NIEUWE_SIGNALEN = Variable.of("nieuweSignalen", Boolean.class);
    public static final Variable<String> NAZORG_TOELICHTING = Variable.personal("nazorgToelichting", String.class);

    /** Phase transitions advised by fase-overgang and decided by the chair. */
    public enum Overgang { BLIJVEN, VOLGENDE, TERUG, AFSLUITEN }

    private ZvhCasus() {
    }
}
