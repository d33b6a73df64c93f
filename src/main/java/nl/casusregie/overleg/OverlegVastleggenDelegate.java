package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the focus meeting with its scores and agreements, and passes the score summary on to fase-overgang. */
@Component("overlegVastleggen")
public class OverlegVastleggenDelegate implements JavaDelegate {

    private final OverlegService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;

    public OverlegVastleggenDelegate(OverlegService service, CasusBinding binding, CurrentUser currentUser,
                                     FormLists formLists) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Overlegverslag verslag = new Overlegverslag(Boolean.TRUE.equals(CLIENTEN_AANWEZIG.from(execution)),
                BEELDVORMING.from(execution), Boolean.TRUE.equals(NIEUWE_ZORGEN.from(execution)),
                formLists.read(execution, SCORES.name(), SCORE_RIJEN, Schaalscore.class),
                formLists.read(execution, AFSPRAKEN.name(), AFSPRAAK_RIJEN, Afspraak.class));
        OverlegService.Vastgelegd vastgelegd = service.legVast(execution.getProcessInstanceId(),
                binding.casus(execution).id(), verslag, currentUser.userIdOrSystem());
        OVERLEG_ID.set(execution, vastgelegd.overlegId());
        AANTAL_OVERLEGGEN.set(execution, vastgelegd.aantalOverleggen());
        GEMIDDELDE_SCORE.set(execution, verslag.gemiddeldeScore());
        SCORE_SPREIDING.set(execution, verslag.spreiding());
        CLIENTEN_AANWEZIG.set(execution, verslag.clientenAanwezig());
        NIEUWE_ZORGEN.set(execution, verslag.nieuweZorgen());
        binding.afterStep(execution);
    }
}
