package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.casus.CasusService;
import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the debrief with clients who attended, or the feedback to clients who did not; a member who reads another language needs a translation. */
@Component("nabesprekingVastleggen")
public class NabesprekingVastleggenDelegate implements JavaDelegate {

    private final CasusService casusService;
    private final CasusBinding binding;
    private final CurrentUser currentUser;
    private final HuishoudenRepository huishoudens;

    public NabesprekingVastleggenDelegate(CasusService casusService, CasusBinding binding, CurrentUser currentUser,
                                          HuishoudenRepository huishoudens) {
        this.huishoudens = huishoudens;
        this.casusService = casusService;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean aanwezig = Boolean.TRUE.equals(CLIENTEN_AANWEZIG.from(execution));
        Casus casus = binding.casus(execution);
        casusService.legTerugkoppelingVast(casus.id(), aanwezig ? "NABESPREKING" : "OVERLEG",
                aanwezig ? "GESPREK" : null, NABESPREKING.from(execution), currentUser.userIdOrSystem());
        binding.afterStep(execution);
        VERTALING_NODIG.set(execution, huishoudens.members(casus.huishoudenId()).stream().anyMatch(Huishoudlid::leestAnderTaal));
    }
}
