package nl.casusregie.huisverbod;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the chair's tasks, which record nothing: what the chair submits along does
 * not stay in the instance, and the order's routing facts stay as stored.
 */
@Component("huisverbodStapAfgerond")
public class HuisverbodStapAfgerondListener implements TaskListener {

    private final HuisverbodBinding binding;

    public HuisverbodStapAfgerondListener(HuisverbodBinding binding) {
        this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
        binding.naStap(task.getExecution());
    }
}
