package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the round: starts the follow-ups and passes the score summary on to fase-overgang. */
@Component("overlegVastleggen")
public class OverlegVastleggenDelegate implements JavaDelegate {

    private final OverlegService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public OverlegVastleggenDelegate(OverlegService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OverlegService.Vastgelegd ronde = service.rondAf(execution.getProcessInstanceId(), binding.casus(execution).id(),
                currentUser.userIdOrSystem());
        OVERLEG_ID.set(execution, ronde.overlegId());
        AANTAL_OVERLEGGEN.set(execution, ronde.aantalOverleggen());
        GEMIDDELDE_SCORE.set(execution, ronde.gemiddeldeScore());
        SCORE_SPREIDING.set(execution, ronde.scoreSpreiding());
        HOOGSTE_ZORG.set(execution, ronde.hoogsteZorg());
        CLIENTEN_AANWEZIG.set(execution, ronde.clientenAanwezig());
        NIEUWE_ZORGEN.set(execution, ronde.nieuweZorgen());
        BODEMEIS_GESCHONDEN.set(execution, ronde.bodemeisGeschonden());
        binding.afterStep(execution);
    }
}
