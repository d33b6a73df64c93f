package nl.casusregie.actieoverleg;

import java.util.Date;
import java.util.List;
import nl.casusregie.platform.FormRows;
import nl.casusregie.platform.ProcessBacking;
import nl.casusregie.platform.Variable;
import org.springframework.stereotype.Component;

/**
 * Backing class of actie-overleg (bpmn/actie-overleg.bpmn): one case at the weekly Actie-Overleg of
 * Veilig Thuis, police and an officer with mandate (domain.md §6b), from the report through the
 * facts bundled before the session to the session's decisions and tactical plan, back on next
 * week's agenda until the plan is done, then closed.
 */
public final class ActieOverleg {

    public static final String PROCESS_KEY = "actie-overleg";

    public static final class Element {
        public static final String START = "StartEvent_Gemeld";
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

    // The report, from the Tasklist start form actie-overleg-aanmelden (its fields are ActieOverlegRequest's)
    /** The people involved: a list of {@link Betrokkene}, or the form's rows betrokkene1..betrokkene8. */
    public static final Variable<Object> BETROKKENEN = Variable.input("betrokkenen", Object.class);
    public static final FormRows BETROKKENE_RIJEN = new FormRows("betrokkene", ActieOverlegRequest.MAX_BETROKKENEN);
    public static final Variable<String> WAT_GEBEURD = Variable.input("watGebeurd", String.class);
    public static final Variable<Boolean> STALKING = Variable.input("stalking", Boolean.class);

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
    public static final Variable<String> VERVOLG_KEUZE = Variable.input("vervolgKeuze", String.class);
    public static final Variable<String> VERVOLG_TOELICHTING = Variable.input("vervolgToelichting", String.class);
    /** With OVERDRAGEN: the {@link Overdracht} the case goes to. */
    public static final Variable<String> OVERDRAGEN_AAN = Variable.input("overdragenAan", String.class);
    /** The tactical plan: a list of {@link Actie}, or the form's rows actie1..actie6. */
    public static final Variable<Object> ACTIES = Variable.input("acties", Object.class);
    public static final FormRows ACTIE_RIJEN = new FormRows("actie", 6);

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
