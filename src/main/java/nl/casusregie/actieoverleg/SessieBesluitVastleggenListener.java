package nl.casusregie.actieoverleg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.overleg.AfspraakOpvolgingStarter;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the session task: stores the officer's and Veilig Thuis's decisions and the
 * tactical plan, whose every action becomes an agreement followed up by afspraak-opvolging; then
 * the case goes back on next week's agenda (reason VOLGEN), is handed to another table (with why),
 * or, when no action is open and no partner has worries left, closes. All in the task's transaction: a refusal stores nothing.
 */
@Component("actieOverlegBesluitVastleggen")
public class SessieBesluitVastleggenListener implements TaskListener {

    private static final int MAX_REDEN = 2000;

    private final ActieOverlegRepository zaken;
    private final ActieOverlegBinding binding;
    private final Invoercontrole invoer;
    private final FormLists formLists;
    private final AfspraakOpvolgingStarter opvolging;
    private final AgendaService agenda;
    private final CurrentUser currentUser;
    private final EngineKlok klok;
    private final AuditLog auditLog;

    public SessieBesluitVastleggenListener(ActieOverlegRepository zaken, ActieOverlegBinding binding, Invoercontrole invoer,
                                           FormLists formLists, AfspraakOpvolgingStarter opvolging, AgendaService agenda,
                                           CurrentUser currentUser, EngineKlok klok, AuditLog auditLog) {
        this.zaken = zaken;
        this.binding = binding;
        this.invoer = invoer;
        this.formLists = formLists;
        this.opvolging = opvolging;
        this.agenda = agenda;
        this.currentUser = currentUser;
        this.klok = klok;
        this.auditLog = auditLog;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ActieOverlegRepository.Zaak zaak = binding.zaak(execution);
        ActieOverlegRepository.Besluit besluit = lees(execution);
        List<Actie> acties = formLists.read(execution, ActieOverleg.ACTIES.name(), ActieOverleg.ACTIE_RIJEN, Actie.class);
        invoer.controleer(new Plan(acties));
        for (int i = 0; i < acties.size(); i++) {
            String partner = acties.get(i).partner();
            if (Tafel.ACTIE_OVERLEG.aanTafel().stream().noneMatch(g -> g.id().equals(partner))) {
                throw invoer.ongeldig(Plan.class, ActieOverleg.ACTIES.name() + "[" + i + "].partner",
                        "kies een partner van het Actie-Overleg");
            }
        }
        boolean sluiten = ActieOverleg.AFSLUITEN.equals(besluit.vervolg());
        Overdracht overdracht = overdracht(execution, besluit);
        if (sluiten && (!acties.isEmpty() || !zaken.openActies(zaak.id()).isEmpty())) {
            throw invoer.ongeldig(ActieOverleg.VERVOLG_KEUZE.name(),
                    "afsluiten kan pas als geen actie van het plan meer openstaat; kies volgen");
        }
        if (sluiten && besluit.zorgenResterend()) {
            throw invoer.ongeldig(ActieOverleg.VERVOLG_KEUZE.name(),
                    "afsluiten kan pas als geen partner nog zorgen heeft; kies volgen");
        }
        zaken.insertBesluit(zaak.id(), Sessie.begin(execution), besluit, currentUser.userIdOrSystem(), klok.nu());
        acties.forEach(actie -> zaken.insertActie(zaak.id(), actie));
        opvolging.startVoorActieOverleg(zaak.id());
        if (sluiten) {
            agenda.handelAf(Tafel.ACTIE_OVERLEG, zaak.huis(), zaak.nummer());
            zaken.sluit(zaak.id(), klok.nu());
        } else if (overdracht != null) {
            agenda.handelAf(Tafel.ACTIE_OVERLEG, zaak.huis(), zaak.nummer());
            zaken.overdragenAan(zaak.id(), overdracht);
        } else {
            Agendapunt volgende = agenda.zetTerugOpAgenda(Tafel.ACTIE_OVERLEG, zaak.huis(), zaak.nummer(), TerugkeerReden.VOLGEN,
                    besluit.vervolgToelichting());
            Sessie.zet(execution, volgende);
        }
        auditLog.record(zaak.huis(), "ACTIE_OVERLEG_BESPROKEN", zaak.casusId(), zaak.nummer() + ", " + besluit.vervolg()
                + ", " + acties.size() + " acties" + (besluit.ambtshalveAangifte() ? ", ambtshalve aangifte" : "")
                + (besluit.aanhouding() ? ", aanhouding" : "") + (besluit.contactverbod() ? ", contactverbod" : ""));
        binding.naStap(execution);
        ActieOverleg.VERVOLG.set(execution, besluit.vervolg());
        ActieOverleg.PLAN_ONTVANGERS.set(execution, planOntvangers(acties));
    }

    /** The plan goes to Veilig Thuis, the police and each partner with an action in it; a session without new actions sends nothing. */
    private static List<String> planOntvangers(List<Actie> acties) {
        if (acties.isEmpty()) {
            return List.of();
        }
        Set<String> ontvangers = new LinkedHashSet<>(List.of(PartnerGroup.VEILIGTHUIS.id(), PartnerGroup.POLITIE.id()));
        acties.forEach(actie -> ontvangers.add(actie.partner()));
        ontvangers.remove(PartnerGroup.OM.id()); // the officer made the plan
        return new ArrayList<>(ontvangers);
    }

    /** With OVERDRAGEN, the table the case goes to and why; otherwise none. */
    private Overdracht overdracht(DelegateExecution execution, ActieOverlegRepository.Besluit besluit) {
        if (!ActieOverleg.OVERDRAGEN.equals(besluit.vervolg())) {
            return null;
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        String code = ActieOverleg.OVERDRAGEN_AAN.from(execution);
        Overdracht aan = Arrays.stream(Overdracht.values()).filter(o -> o.name().equals(code)).findFirst().orElse(null);
        if (aan == null) {
            fouten.putAll(invoer.ongeldig(ActieOverleg.OVERDRAGEN_AAN.name(), "kies de tafel die de casus overneemt").fouten());
        }
        if (besluit.vervolgToelichting() == null) {
            fouten.putAll(invoer.ongeldig(ActieOverleg.VERVOLG_TOELICHTING.name(),
                    "zeg waarom de casus naar die tafel gaat; de ontvangende tafel leest het").fouten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return aan;
    }

    private ActieOverlegRepository.Besluit lees(DelegateExecution execution) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Boolean aangifte = jaNee(execution, ActieOverleg.AMBTSHALVE_AANGIFTE.name(), fouten);
        String aangifteReden = reden(execution, ActieOverleg.AANGIFTE_REDEN.name(), "zeg waarom wel of geen ambtshalve aangifte", fouten);
        Boolean aanhouding = jaNee(execution, ActieOverleg.AANHOUDING.name(), fouten);
        Boolean contactverbod = jaNee(execution, ActieOverleg.CONTACTVERBOD.name(), fouten);
        String omReden = reden(execution, ActieOverleg.OM_REDEN.name(), "zeg waarom de officier zo besluit", fouten);
        Boolean zorgen = jaNee(execution, ActieOverleg.ZORGEN_RESTEREND.name(), fouten);
        String vervolg = ActieOverleg.VERVOLG_KEUZE.from(execution);
        if (!List.of(ActieOverleg.VOLGEN, ActieOverleg.AFSLUITEN, ActieOverleg.OVERDRAGEN).contains(vervolg)) {
            fouten.putAll(invoer.ongeldig(ActieOverleg.VERVOLG_KEUZE.name(), "kies volgen, afsluiten of overdragen").fouten());
        }
        String toelichting = ActieOverleg.VERVOLG_TOELICHTING.from(execution);
        if (toelichting != null && toelichting.length() > MAX_REDEN) {
            fouten.putAll(invoer.ongeldig(ActieOverleg.VERVOLG_TOELICHTING.name(), "is langer dan " + MAX_REDEN + " tekens").fouten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return new ActieOverlegRepository.Besluit(aangifte, aangifteReden, aanhouding, contactverbod, omReden, zorgen, vervolg,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
    }

    private Boolean jaNee(DelegateExecution execution, String veld, Map<String, String> fouten) {
        Object waarde = execution.getVariable(veld);
        if (waarde instanceof Boolean b) {
            return b;
        }
        if ("true".equals(waarde) || "false".equals(waarde)) {
            return Boolean.valueOf((String) waarde);
        }
        fouten.putAll(invoer.ongeldig(veld, "kies ja of nee").fouten());
        return null;
    }

    private String reden(DelegateExecution execution, String veld, String melding, Map<String, String> fouten) {
        Object waarde = execution.getVariable(veld);
        if (!(waarde instanceof String tekst) || tekst.isBlank()) {
            fouten.putAll(invoer.ongeldig(veld, melding).fouten());
            return null;
        }
        if (tekst.length() > MAX_REDEN) {
            fouten.putAll(invoer.ongeldig(veld, "is langer dan " + MAX_REDEN + " tekens").fouten());
        }
        return tekst.strip();
    }
}
