package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of one segment of the meeting: stores what the chair recorded along BOB
 * as the task completes, so what was said in an OM segment leaves the engine before the next
 * segment, with clients, begins.
 */
@Component("overlegdeelVastleggen")
public class OverlegdeelVastleggenListener implements TaskListener {

    private final OverlegService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;
    private final FormValues formValues;

    public OverlegdeelVastleggenListener(OverlegService service, CasusBinding binding, CurrentUser currentUser,
                                         FormLists formLists, FormValues formValues) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
        this.formValues = formValues;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Overlegverslag verslag = new Overlegverslag(Boolean.TRUE.equals(CLIENTEN_AANWEZIG.from(execution)),
                BEELDVORMING.from(execution), OORDEEL.from(execution), Boolean.TRUE.equals(NIEUWE_ZORGEN.from(execution)),
                MINIMAAL_NODIG.from(execution),
                formLists.read(execution, SCORES.name(), SCORE_RIJEN, Schaalscore.class),
                formLists.read(execution, AFSPRAKEN.name(), AFSPRAAK_RIJEN, Afspraak.class),
                formValues.datum(execution, VOLGEND_OVERLEG.name()), BIJ_SCHENDING.from(execution));
        service.legSegmentVast(execution.getProcessInstanceId(), binding.casus(execution).id(), verslag,
                currentUser.userIdOrSystem());
        binding.afterStep(execution);
    }
}
