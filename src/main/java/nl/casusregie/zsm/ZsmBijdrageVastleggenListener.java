package nl.casusregie.zsm;

import nl.casusregie.overleg.Grondslag;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Informatie aanleveren voor het verdiepingsoverleg". The partner is the
 * task's candidate group as the engine created it, not a variable a form could overwrite.
 */
@Component("zsmBijdrageVastleggen")
public class ZsmBijdrageVastleggenListener implements TaskListener {

    private final ZsmService service;
    private final ZsmBinding binding;
    private final CurrentUser currentUser;

    public ZsmBijdrageVastleggenListener(ZsmService service, ZsmBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String partner = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("partner", "Deze taak hoort bij geen partner."));
        String grondslag = ZsmVerdieping.GRONDSLAG.from(execution);
        service.legBijdrageVast(binding.zaak(execution), partner, new ZsmBijdrage(
                Grondslag.isGrondslag(grondslag) ? Grondslag.valueOf(grondslag) : null,
                ZsmVerdieping.INFORMATIE.from(execution), ZsmVerdieping.WEIGERING.from(execution),
                ZsmVerdieping.VERZOEK.from(execution), ZsmVerdieping.VERZOEK_REDEN.from(execution)),
                currentUser.userIdOrSystem());
        binding.naStap(execution);
    }
}
