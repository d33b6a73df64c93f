package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.brief.Clientbrief;
import nl.casusregie.brief.ClientbriefService;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import nl.casusregie.casus.CasusService;
import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the debrief with clients who attended, or the feedback to clients who did not, and
 * makes the round's letter to the clients; a letter with languages to translate into goes to
 * the translation task.
 */
@Component("nabesprekingVastleggen")
public class NabesprekingVastleggenDelegate implements JavaDelegate {

    private final CasusService casusService;
    private final CasusBinding binding;
    private final CurrentUser currentUser;
    private final ClientbriefService brieven;

    public NabesprekingVastleggenDelegate(CasusService casusService, CasusBinding binding, CurrentUser currentUser,
                                          ClientbriefService brieven) {
        this.casusService = casusService;
        this.binding = binding;
        this.currentUser = currentUser;
        this.brieven = brieven;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean aanwezig = Boolean.TRUE.equals(CLIENTEN_AANWEZIG.from(execution));
        Casus casus = binding.casus(execution);
        String door = currentUser.userIdOrSystem();
        casusService.legTerugkoppelingVast(casus.id(), aanwezig ? "NABESPREKING" : "OVERLEG",
                aanwezig ? "GESPREK" : null, NABESPREKING.from(execution), door);
        binding.afterStep(execution);
        Clientbrief brief = brieven.maak(OVERLEG_ID.from(execution), door);
        VERTALING_NODIG.set(execution, !brief.talen().isEmpty());
        BRIEF_TALEN.set(execution, String.join(", ", brief.talen()));
    }
}
