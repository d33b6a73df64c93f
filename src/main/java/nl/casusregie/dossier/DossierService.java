package nl.casusregie.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.function.UnaryOperator;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusNietGevondenException;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Reads a case file for the current user, as far as they may (DossierLeesrecht), and records that they read it. */
@Service
public class DossierService {

    private final CasusRepository casussen;
    private final HuishoudenRepository huishoudens;
    private final DossierRepository dossiers;
    private final DossierOverleggen overleggen;
    private final DossierProeftijden proeftijden;
    private final DossierHuisverboden huisverboden;
    private final DossierZsm zsm;
    private final DossierLeesrecht leesrecht;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final SystemAction systemAction;
    private final TaskService taskService;

    public DossierService(CasusRepository casussen, HuishoudenRepository huishoudens, DossierRepository dossiers,
                          DossierOverleggen overleggen, DossierProeftijden proeftijden, DossierHuisverboden huisverboden,
                          DossierZsm zsm, DossierLeesrecht leesrecht, AuditLog auditLog, CurrentUser currentUser,
                          IdentityService identityService, SystemAction systemAction, TaskService taskService) {
        this.casussen = casussen;
        this.huishoudens = huishoudens;
        this.dossiers = dossiers;
        this.overleggen = overleggen;
        this.proeftijden = proeftijden;
        this.huisverboden = huisverboden;
        this.zsm = zsm;
        this.leesrecht = leesrecht;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.systemAction = systemAction;
        this.taskService = taskService;
    }

    /**
     * The file of the case a task belongs to (Tasklist's case file tab): only for a task the
     * engine shows this user, then by the same read rule as by case number.
     */
    public Dossier leesVoorTaak(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        ResponseStatusException geenTaak = new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Taak niet gevonden, of al afgerond.");
        if (task == null || task.getProcessInstanceId() == null) {
            throw geenTaak;
        }
        Casus casus = casussen.findByGebondenInstantie(task.getProcessInstanceId()).orElseThrow(() -> geenTaak);
        return lees(casus.nummer());
    }

    public Dossier lees(String nummer) {
        Leesbaar leesbaar = leesbaar(nummer);
        Casus casus = leesbaar.casus();
        Leesrecht recht = leesbaar.recht();
        boolean metOmDeel = leesrecht.leestOmDeel(recht, currentUser.groups());
        auditLog.record(casus.huis(), "DOSSIER_GELEZEN", casus.id(), recht.name() + (metOmDeel ? ", met OM-deel" : ""));
        Dossier dossier = volledig(casus, recht, metOmDeel);
        return recht == Leesrecht.VOLLEDIG ? dossier : dossier.zonderPersoonsgegevens();
    }

    /** A case of the user's own house and how far the user may read its file. */
    public record Leesbaar(Casus casus, Leesrecht recht) {
    }

    /**
     * The case of that number and how far the current user may read its file, by the rule of
     * {@link #lees}, without recording a read: for what the file holds beside itself (the letters
     * to the clients), which records its own read. 404 when the case does not exist for the user.
     */
    public Leesbaar leesbaar(String nummer) {
        Casus casus = casussen.findByNummer(currentUser.huis(), nummer).orElseThrow(() -> new CasusNietGevondenException(nummer));
        Leesrecht recht = leesrecht.voor(currentUser.userId(), currentUser.groups(), casus,
                dossiers.deelnemendePartners(casus.id())).orElseThrow(() -> new CasusNietGevondenException(nummer));
        return new Leesbaar(casus, recht);
    }

    private Dossier volledig(Casus casus, Leesrecht recht, boolean metOmDeel) {
        UnaryOperator<String> partner = partnerOfUser();
        Dossier.Aanmelding aanmelding = dossiers.aanmelding(casus.id()).orElse(null);
        List<Dossier.Besluit> besluiten = dossiers.besluiten(casus.id(), partner);
        List<Dossier.Overleg> overleggen = this.overleggen.overleggen(casus.id(), partner, metOmDeel);
        List<Dossier.Terugkoppeling> terugkoppelingen = dossiers.terugkoppelingen(casus.id(), partner);
        Set<String> genoemd = new HashSet<>();
        genoemd.add(casus.casusregisseur());
        genoemd.add(aanmelding == null ? null : aanmelding.door());
        besluiten.forEach(b -> genoemd.add(b.door()));
        besluiten.stream().filter(b -> b.soort().equals("CASUSREGIE")).forEach(b -> {
            genoemd.add(b.advies());
            genoemd.add(b.uitkomst());
        });
        overleggen.forEach(o -> {
            genoemd.add(o.door());
            o.bijdragen().forEach(b -> genoemd.add(b.door()));
        });
        terugkoppelingen.forEach(t -> genoemd.add(t.door()));
        List<Dossier.Incident> incidenten = dossiers.incidenten(casus.id());
        incidenten.forEach(i -> {
            genoemd.add(i.door());
            genoemd.add(i.beslotenDoor());
        });
        List<Dossier.Proeftijd> proeftijden = this.proeftijden.proeftijden(casus.id(), toezichthouder ->
                leesrecht.leestProeftijd(recht, currentUser.userId(), currentUser.groups(), casus, toezichthouder));
        proeftijden.forEach(p -> {
            genoemd.add(p.opgelegdDoor());
            genoemd.add(p.geevalueerdDoor());
            p.voorwaarden().forEach(v -> v.controles().forEach(c -> genoemd.add(c.door())));
            p.overtredingen().forEach(o -> {
                genoemd.add(o.gemeldDoor());
                genoemd.add(o.gereageerdDoor());
            });
        });
        List<Dossier.Huisverbod> huisverboden = this.huisverboden.huisverboden(casus.id());
        huisverboden.forEach(h -> {
            genoemd.add(h.opgelegdDoor());
            genoemd.add(h.besluitDoor());
            genoemd.add(h.ingetrokkenDoor());
            h.hulp().forEach(hulp -> genoemd.add(hulp.door()));
        });
        List<Dossier.VanZsm> vanZsm = zsm.vanZsm(casus.huis(), casus.nummer());
        vanZsm.forEach(z -> genoemd.add(z.door()));
        genoemd.remove(null);
        return new Dossier(casus.nummer(), casus.status(), casus.aanpak(), casus.fase(), casus.casusregisseur(),
                casus.aangemaaktOp(), casus.afgeslotenOp(), recht,
                huishoudens.members(casus.huishoudenId()).stream().map(lid -> new Dossier.Lid(lid.naam(), lid.geboortedatum(),
                        lid.leeftijd(), lid.rol().name(), lid.taal(), lid.tolkNodig())).toList(),
                aanmelding, dossiers.eerdereCasussen(casus.huishoudenId(), casus.id()),
                besluiten, overleggen, terugkoppelingen, dossiers.brieven(casus.id()), incidenten, proeftijden,
                huisverboden, vanZsm, namen(genoemd));
    }

    /** Display names of professionals (first and last name), read by the engine itself (users may not list users). */
    private Map<String, String> namen(Set<String> userIds) {
        Map<String, String> namen = new TreeMap<>();
        systemAction.run(() -> userIds.forEach(id -> {
            User user = identityService.createUserQuery().userId(id).singleResult();
            if (user != null) {
                namen.put(id, String.join(" ", Stream.of(user.getFirstName(), user.getLastName())
                        .filter(n -> n != null && !n.isBlank()).toList()));
            }
        }));
        return namen;
    }

    /** The partner group a user wrote for; groups are read by the engine itself (users may not list them). */
    private UnaryOperator<String> partnerOfUser() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, id -> systemAction.get(() ->
                identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
                        .filter(PartnerGroup::isPartnerGroup).findFirst().orElse(null)));
    }
}
