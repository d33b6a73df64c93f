package nl.casusregie.casus;

import java.util.List;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/** Backing class of process zvh-casus (bpmn/zvh-casus.bpmn): its key, element ids and variables. */
public final class ZvhCasus {

    public static final String PROCESS_KEY = "zvh-casus";

    /** Message: the case director's involvement ended; case direction is handed over at once. */
    public static final String MESSAGE_CASUSREGIE_BEEINDIGD = "CasusregieBeeindigd";

    /**
     * Message (contract): a new incident or report on the household's running case, correlated by
     * the case number (business key). Payload: incidentBron, incidentOmschrijving, incidentSleutel.
     */
    public static final String MESSAGE_NIEUW_INCIDENT = "NieuwIncident";

    /** Element ids, for tests and for code that starts or inspects instances. */
    public static final class Element {
        public static final String START = "StartEvent_AanmeldingOntvangen";
        /** A referral of a household whose case runs becomes an incident on that case, not a second case. */
        public static final String LOPENDE_CASUS = "Gateway_LopendeCasus";
        public static final String TOEGEVOEGD_AAN_LOPENDE_CASUS = "EndEvent_ToegevoegdAanLopendeCasus";
        public static final String TRIAGE_ADVIES = "BusinessRuleTask_TriageAdvies";
        public static final String TRIAGE_BESLUITEN = "UserTask_TriageBesluiten";
        public static final String TERUGKOPPELEN_TRIAGE = "UserTask_TerugkoppelenTriage";
        public static final String NIET_OPGEPAKT = "EndEvent_NietOpgepakt";
        /** The referrer's group reads the triage outcome, beside the case, which never waits for it. */
        public static final String UITKOMST_BEKIJKEN = "UserTask_TriageUitkomstBekijken";
        public static final String MELDING_VERLOPEN = "BoundaryEvent_MeldingVerlopen";
        public static final String UITKOMST_BEKEKEN = "EndEvent_UitkomstBekeken";
        public static final String MELDING_VERVALLEN = "EndEvent_MeldingVervallen";
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
        // Event subprocess Nieuw incident (message NieuwIncident), beside the case's normal rhythm
        public static final String NIEUW_INCIDENT = "SubProcess_NieuwIncident";
        public static final String INCIDENT_GEMELD = "StartEvent_NieuwIncident";
        public static final String INCIDENT_VASTLEGGEN = "ServiceTask_IncidentVastleggen";
        public static final String INCIDENT_NIEUW = "Gateway_IncidentNieuw";
        public static final String INCIDENT_AL_BEKEND = "EndEvent_IncidentAlBekend";
        public static final String INCIDENT_CASUS_LOOPT_NIET = "EndEvent_CasusLooptNiet";
        public static final String INCIDENT_IN_TRIAGE = "Gateway_IncidentInTriage";
        public static final String FASE_TERUG = "ServiceTask_FaseTerug";
        /** The chair: an earlier meeting, or why the next one stays. */
        public static final String INCIDENT_OVERLEG_VERVROEGEN = "UserTask_IncidentOverlegVervroegen";
        public static final String OVERLEG_BESLOTEN = "EndEvent_OverlegBesloten";
        /** One notice per partner group taking part (multi-instance), and one for the case's director. */
        public static final String INCIDENT_KENNISNEMEN = "UserTask_IncidentKennisnemen";
        public static final String INCIDENT_KENNISNEMEN_CASUSREGISSEUR = "UserTask_IncidentKennisnemenCasusregisseur";
        public static final String KENNISNEMEN_VERLOPEN = "BoundaryEvent_KennisnemenVerlopen";
        public static final String KENNISNEMEN_CASUSREGISSEUR_VERLOPEN = "BoundaryEvent_KennisnemenCasusregisseurVerlopen";

        private Element() {
        }
    }

    /** The household's members as rows of the start form aanmelding (the API takes the list leden). */
    public static final FormRows LID_RIJEN = new FormRows("lid", 8);

    // Set when the referral is registered
    public static final Variable<Long> CASUS_ID = Variable.routing("casusId", Long.class);
    /** The case number (also the business key), shown with every task in Tasklist's lists. */
    public static final Variable<String> CASUSNUMMER = Variable.routing("casusnummer", String.class);
    public static final Variable<String> HUIS = Variable.routing("huis", String.class);
    public static final Variable<String> AANMELDER_GROEP = Variable.routing("aanmelderGroep", String.class);
    public static final Variable<String> EERDERE_CASUSSEN = Variable.routing("eerdereCasussen", String.class);
    /**
     * Households that may be this one: a member has the same name but a birth date is missing
     * on either side, so only a person can judge (case numbers, no personal data).
     */
    public static final Variable<String> MOGELIJK_BEKEND = Variable.routing("mogelijkBekend", String.class);
    public static final Variable<String> NAZORG_TERMIJN = Variable.routing("nazorgTermijn", String.class);
    /**
     * A referral made with the start form named a member of a household whose case runs: the case
     * number it was added to as a new incident (null: a referral of its own). This instance then ends.
     */
    public static final Variable<String> TOEGEVOEGD_AAN_CASUS = Variable.routing("toegevoegdAanCasus", String.class);
    // Inputs of triage-aanpak
    public static final Variable<Boolean> GEWELD_HOOFDREDEN = Variable.routing("geweldHoofdreden", Boolean.class);
    public static final Variable<Integer> PATROON_JAREN = Variable.routing("patroonJaren", Integer.class);
    public static final Variable<Integer> AANTAL_LEEFGEBIEDEN = Variable.routing("aantalLeefgebieden", Integer.class);
    public static final Variable<Boolean> KINDEREN_BETROKKEN = Variable.routing("kinderenBetrokken", Boolean.class);
    public static final Variable<Boolean> ACUUT_GEVAAR = Variable.routing("acuutGevaar", Boolean.class);
    // Outputs of triage-aanpak and the triage decision (form triage-besluiten)
    public static final Variable<Object> TRIAGE_ADVIES = Variable.routing("triageAdvies", Object.class);
    public static final Variable<String> ADVIES_REDEN = Variable.routing("adviesReden", String.class);
    public static final Variable<String> ADVIES_AANPAK = Variable.routing("adviesAanpak", String.class);
    public static final Variable<String> ADVIES_VERWIJZING = Variable.routing("adviesVerwijzing", String.class);
    public static final Variable<String> AANPAK = Variable.routing("aanpak", String.class);
    public static final Variable<String> VERWIJZING = Variable.routing("verwijzing", String.class);
    public static final Variable<String> TRIAGE_REDEN = Variable.input("triageReden", String.class);
    // Feedback when not taken up (form terugkoppeling-triage)
    public static final Variable<String> TERUGKOPPELING_WIJZE = Variable.routing("terugkoppelingWijze", String.class);
    public static final Variable<String> TERUGKOPPELING_TEKST = Variable.input("terugkoppelingTekst", String.class);
    // Case direction (form casusregie-toewijzen)
    public static final Variable<String> CASUSREGISSEUR = Variable.routing("casusregisseur", String.class);
    public static final Variable<String> CASUSREGIE_REDEN = Variable.input("casusregieReden", String.class);
    /** The house's case directors the form offers (valuesKey); added to the form's answer, never a variable. */
    public static final String CASUSREGISSEUR_OPTIES = "casusregisseurOpties";
    // Focus meeting rounds and fase-overgang
    public static final Variable<Integer> FASE = Variable.routing("fase", Integer.class);
    public static final Variable<Integer> AANTAL_OVERLEGGEN = Variable.routing("aantalOverleggen", Integer.class);
    public static final Variable<Double> GEMIDDELDE_SCORE = Variable.routing("gemiddeldeScore", Double.class);
    public static final Variable<Integer> SCORE_SPREIDING = Variable.routing("scoreSpreiding", Integer.class);
    public static final Variable<Boolean> NIEUWE_ZORGEN = Variable.routing("nieuweZorgen", Boolean.class);
    /**
     * The score of the most worried participant of the last round: in phases 1-2 the highest, in phase 3
     * the lowest quality-of-life score; null without scores (set by focusoverleg at the end of a round).
     */
    public static final Variable<Integer> HOOGSTE_ZORG = Variable.routing("hoogsteZorg", Integer.class);
    /** A minimum condition (bodemeis) was broken since the last meeting (set by focusoverleg; null: not known). */
    public static final Variable<Boolean> BODEMEIS_GESCHONDEN = Variable.routing("bodemeisGeschonden", Boolean.class);
    public static final Variable<Object> FASE_ADVIES = Variable.routing("faseAdvies", Object.class);
    public static final Variable<String> ADVIES_OVERGANG = Variable.routing("adviesOvergang", String.class);
    public static final Variable<String> ADVIES_OVERGANG_REDEN = Variable.routing("adviesOvergangReden", String.class);
    /** The phase the advice leads to (output naarFase of fase-overgang); TERUG goes there when the chair follows it. */
    public static final Variable<Integer> ADVIES_NAAR_FASE = Variable.routing("adviesNaarFase", Integer.class);
    // The chair's decision (form vervolg-besluiten)
    public static final Variable<String> OVERGANG = Variable.routing("overgang", String.class);
    public static final Variable<String> OVERGANG_REDEN = Variable.input("overgangReden", String.class);
    public static final Variable<Boolean> OPSCHALEN_NAAR_MDA = Variable.routing("opschalenNaarMdaPlusPlus", Boolean.class);
    public static final Variable<Boolean> CASUSREGIE_WISSELEN = Variable.routing("casusregieWisselen", Boolean.class);
    // Closing (forms afsluitplan-opstellen, afsluitplan-goedkeuren)
    public static final Variable<String> AFSLUITPLAN = Variable.input("afsluitplan", String.class);
    public static final Variable<String> OVERDRACHT_AAN = Variable.input("overdrachtAan", String.class);
    public static final Variable<Boolean> AFSLUITPLAN_GOEDGEKEURD = Variable.routing("afsluitplanGoedgekeurd", Boolean.class);
    public static final Variable<String> AFSLUITPLAN_OPMERKING = Variable.input("afsluitplanOpmerking", String.class);
    // Aftercare (form nazorg-controleren)
    public static final Variable<Boolean> NIEUWE_SIGNALEN = Variable.routing("nieuweSignalen", Boolean.class);
    public static final Variable<String> NAZORG_TOELICHTING = Variable.input("nazorgToelichting", String.class);

    // A new incident (message NieuwIncident): the payload, read once by the step that records it
    public static final Variable<String> INCIDENT_BRON = Variable.input("incidentBron", String.class);
    public static final Variable<String> INCIDENT_OMSCHRIJVING = Variable.input("incidentOmschrijving", String.class);
    public static final Variable<String> INCIDENT_SLEUTEL = Variable.input("incidentSleutel", String.class);
    /** Who reported it (a user id; absent: the engine itself) and for which partner group. */
    public static final Variable<String> INCIDENT_GEMELD_DOOR = Variable.input("incidentGemeldDoor", String.class);
    public static final Variable<String> INCIDENT_GEMELD_DOOR_GROEP = Variable.input("incidentGemeldDoorGroep", String.class);
    // Local to each run of the event subprocess (several incidents can be open at once)
    public static final Variable<Long> INCIDENT_ID = Variable.routing("incidentId", Long.class);
    /** An {@link IncidentStatus}: new on the running case, reported before, or the case does not run. */
    public static final Variable<String> INCIDENT_STATUS = Variable.routing("incidentStatus", String.class);
    /** The partner groups told of the incident, one notice each; the element variable of that multi-instance. */
    @SuppressWarnings("rawtypes")
    public static final Variable<List> INCIDENT_PARTNERS = Variable.routing("incidentPartners", List.class);
    public static final Variable<String> INCIDENT_PARTNER = Variable.routing("incidentPartner", String.class);
    // The chair's answer (form incident-overleg-vervroegen): an earlier meeting, or why the next one stays
    public static final Variable<String> VERVROEGD_OVERLEG = Variable.input("vervroegdOverleg", String.class);
    public static final Variable<String> VERVROEGING_REDEN = Variable.input("vervroegingReden", String.class);
    // Shown on the incident's forms, read from the project's tables (overleg.IncidentFormValues)
    public static final Variable<String> INCIDENT_BRON_TEKST = Variable.input("incidentBronTekst", String.class);
    public static final Variable<String> INCIDENT_GEMELD_TEKST = Variable.input("incidentGemeld", String.class);
    public static final Variable<String> INCIDENT_TEKST = Variable.input("incidentTekst", String.class);
    /** The chair: the next meeting as now proposed, and a round that is still to be held. */
    public static final Variable<String> VOLGEND_OVERLEG_TEKST = Variable.input("volgendOverlegTekst", String.class);
    public static final Variable<String> LOPEND_OVERLEG_TEKST = Variable.input("lopendOverlegTekst", String.class);

    // Shown on forms only: read from the project's tables each time a form loads
    // (CasusFormValues, dossier.TriageSamenvatting), never held by the engine.
    /** Triage: another open case of the household, and new incidents since the referral, said plainly at the top of the form. */
    public static final Variable<String> LOPENDE_CASUS = Variable.input("lopendeCasus", String.class);
    public static final Variable<String> AANGEMELD_DOOR = Variable.input("aangemeldDoor", String.class);
    public static final Variable<String> HUISHOUDEN_LEDEN = Variable.input("huishoudenLeden", String.class);
    public static final Variable<String> GEWELDSVORMEN = Variable.input("vormenVanGeweld", String.class);
    public static final Variable<String> LEEFGEBIEDEN = Variable.input("leefgebiedenMetProblemen", String.class);
    public static final Variable<String> MAATREGELEN = Variable.input("lopendeMaatregelen", String.class);
    public static final Variable<String> ANALYSE = Variable.input("analyse", String.class);
    public static final Variable<String> RISICOFACTOREN = Variable.input("risicofactoren", String.class);
    public static final Variable<String> KRACHTEN = Variable.input("krachten", String.class);
    public static final Variable<String> VISIE_CLIENTEN = Variable.input("visieClienten", String.class);
    /** Triage: the household's earlier cases with their approach, dates and how they ended. */
    public static final Variable<String> EERDERE_CASUSSEN_OVERZICHT = Variable.input("eerdereCasussenOverzicht", String.class);
    /** The triage outcome told to the referrer's group: whether the household was known, the outcome in words. */
    public static final Variable<String> HUISHOUDEN_BEKEND = Variable.input("huishoudenBekend", String.class);
    public static final Variable<String> TRIAGE_UITKOMST = Variable.input("triageUitkomst", String.class);

    /** Phase transitions advised by fase-overgang and decided by the chair. */
    public enum Overgang { BLIJVEN, VOLGENDE, TERUG, AFSLUITEN }

    private ZvhCasus() {
    }

    /** Declares this backing class's routing facts to the engine configuration. */
    @Component
    static class Backing implements ProcessBacking {
        @Override
        public Class<?> backingClass() {
            return ZvhCasus.class;
        }
    }
}
