package nl.casusregie.actieoverleg;

import java.util.List;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.zsm.ZsmBetrokkene;
import nl.casusregie.zsm.ZsmInbreng;
import nl.casusregie.zsm.ZsmService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands the case to the table the session chose, as the officer: the ZSM deepening meeting gets a
 * case of its own (the officer puts it forward, as a ZSM partner may), the care-and-safety house a
 * referral (a new zvh-casus, or an incident on the household's running case). Only the people and
 * the officer's reason for the handover go along: the facts bundled for this table stay here.
 */
@Component("actieOverlegOverdragen")
public class OverdragenDelegate implements JavaDelegate {

    private final ActieOverlegBinding binding;
    private final ActieOverlegRepository zaken;
    private final ZsmService zsm;
    private final AanmeldingService aanmeldingen;
    private final CurrentUser currentUser;
    private final EngineKlok klok;
    private final AuditLog auditLog;

    public OverdragenDelegate(ActieOverlegBinding binding, ActieOverlegRepository zaken, ZsmService zsm,
                              AanmeldingService aanmeldingen, CurrentUser currentUser, EngineKlok klok, AuditLog auditLog) {
        this.binding = binding;
        this.zaken = zaken;
        this.zsm = zsm;
        this.aanmeldingen = aanmeldingen;
        this.currentUser = currentUser;
        this.klok = klok;
        this.auditLog = auditLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ActieOverlegRepository.Zaak zaak = binding.zaak(execution);
        List<ActieOverlegRepository.Vastgelegd> besluiten = zaken.besluiten(zaak.id());
        String reden = "Overgedragen door het Actie-Overleg (" + zaak.nummer() + "): "
                + besluiten.get(besluiten.size() - 1).besluit().vervolgToelichting();
        String door = currentUser.userIdOrSystem();
        List<Betrokkene> betrokkenen = zaken.betrokkenen(zaak.id());
        String nummer = switch (zaak.overgedragenAan()) {
            case ZSM_VERDIEPING -> zsm.start(zaak.huis(), new ZsmInbreng(betrokkenen.stream()
                            .map(b -> new ZsmBetrokkene(b.naam(), b.geboortedatum(), b.rol().inHuishouden())).toList(), reden, null),
                    door, List.of(PartnerGroup.OM.id())).nummer();
            case ZVH_TRIAGE -> aanmeldingen.meldAan(new AanmeldingRequest(betrokkenen.stream()
                            .map(b -> new LidRequest(b.naam(), b.geboortedatum(), null, b.rol().inHuishouden(), null, null)).toList(),
                    null, null, null, null, null, null, null, reden, null, null, null, null, null, null, null, null),
                    new Aanmelder(door, PartnerGroup.OM.id(), zaak.huis())).casus().nummer();
        };
        zaken.overgedragen(zaak.id(), nummer, klok.nu());
        auditLog.record(zaak.huis(), "ACTIE_OVERLEG_OVERGEDRAGEN", zaak.casusId(), zaak.nummer() + " -> " + nummer);
        binding.naStap(execution);
    }
}
