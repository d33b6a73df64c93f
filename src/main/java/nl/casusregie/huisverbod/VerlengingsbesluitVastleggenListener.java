package nl.casusregie.huisverbod;

import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Besluiten over verlenging": stores the mayor's decision as the task
 * completes (a refusal rolls the completion back), so the order's end, and its timer, follow the
 * stored decision: the extension's end, or the tenth day.
 */
@Component("verlengingsbesluitVastleggen")
public class VerlengingsbesluitVastleggenListener implements TaskListener {

    private final HuisverbodVerloop verloop;
    private final HuisverbodBinding binding;
    private final FormValues formValues;
    private final CurrentUser currentUser;

    public VerlengingsbesluitVastleggenListener(HuisverbodVerloop verloop, HuisverbodBinding binding, FormValues formValues,
                                                CurrentUser currentUser) {
        this.verloop = verloop;
        this.binding = binding;
        this.formValues = formValues;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        verloop.legBesluitVast(binding.verbod(execution), Huisverbod.VERLENGINGSBESLUIT.from(execution),
                formValues.datum(execution, Huisverbod.VERLENGD_TOT.name()), Huisverbod.BESLUIT_REDEN.from(execution),
                currentUser.userIdOrSystem());
        binding.naStap(execution);
    }
}
