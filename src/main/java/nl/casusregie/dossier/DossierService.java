package nl.casusregie.dossier;

import java.util.HashMap;
import java.util.Map;
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
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/** Reads a case file for the current user, as far as they may (DossierLeesrecht), and records that they read it. */
@Service
public class DossierService {

    private final CasusRepository casussen;
    private final HuishoudenRepository huishoudens;
    private final DossierRepository dossiers;
    private final DossierLeesrecht leesrecht;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final SystemAction systemAction;

    public DossierService(CasusRepository casussen, HuishoudenRepository huishoudens, DossierRepository dossiers,
                          DossierLeesrecht leesrecht, AuditLog auditLog, CurrentUser currentUser,
                          IdentityService identityService, SystemAction systemAction) {
        this.casussen = casussen;
        this.huishoudens = huishoudens;
        this.dossiers = dossiers;
        this.leesrecht = leesrecht;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.systemAction = systemAction;
    }

    public Dossier lees(String nummer) {
        Casus casus = casussen.findByNummer(currentUser.huis(), nummer).orElseThrow(() -> new CasusNietGevondenException(nummer));
        Leesrecht recht = leesrecht.voor(currentUser.userId(), currentUser.groups(), casus,
                dossiers.deelnemendePartners(casus.id())).orElseThrow(() -> new CasusNietGevondenException(nummer));
        auditLog.record(casus.huis(), "DOSSIER_GELEZEN", casus.id(), recht.name());
        Dossier dossier = volledig(casus, recht);
        return recht == Leesrecht.VOLLEDIG ? dossier : dossier.zonderPersoonsgegevens();
    }

    private Dossier volledig(Casus casus, Leesrecht recht) {
        UnaryOperator<String> partner = partnerOfUser();
        return new Dossier(casus.nummer(), casus.status(), casus.aanpak(), casus.fase(), casus.casusregisseur(),
                casus.aangemaaktOp(), casus.afgeslotenOp(), recht,
                huishoudens.members(casus.huishoudenId()).stream().map(lid -> new Dossier.Lid(lid.naam(), lid.geboortedatum(),
                        lid.leeftijd(), lid.rol().name(), lid.taal(), lid.tolkNodig())).toList(),
                dossiers.aanmelding(casus.id()).orElse(null),
                dossiers.eerdereCasussen(casus.huishoudenId(), casus.id()),
                dossiers.besluiten(casus.id(), partner), dossiers.overleggen(casus.id(), partner),
                dossiers.terugkoppelingen(casus.id(), partner));
    }

    /** The partner group a user wrote for; groups are read by the engine itself (users may not list them). */
    private UnaryOperator<String> partnerOfUser() {
        Map<String, String> known = new HashMap<>();
        return userId -> userId == null ? null : known.computeIfAbsent(userId, id -> systemAction.get(() ->
                identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId)
                        .filter(PartnerGroup::isPartnerGroup).findFirst().orElse(null)));
    }
}
