package nl.casusregie.huisverbod;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the two help tasks: stores what came of starting help, for the side of the
 * household the task is for (decided by the task, not by a submitted variable), as the task
 * completes; a refusal rolls the completion back.
 */
@Component("hulpVastleggen")
public class HulpVastleggenListener implements TaskListener {

    private final HuisverbodVerloop verloop;
    private final HuisverbodBinding binding;
    private final CurrentUser currentUser;

    public HulpVastleggenListener(HuisverbodVerloop verloop, HuisverbodBinding binding, CurrentUser currentUser) {
        this.verloop = verloop;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        boolean uithuisgeplaatste = Huisverbod.Element.HULP_UITHUISGEPLAATSTE.equals(task.getTaskDefinitionKey());
        if (!uithuisgeplaatste && !Huisverbod.Element.HULP_ACHTERBLIJVERS.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("hulpVastleggen hoort bij de hulptaken van huisverbod, niet bij " + task.getTaskDefinitionKey());
        }
        var uitkomst = uithuisgeplaatste ? Huisverbod.HULP_UITHUISGEPLAATSTE : Huisverbod.HULP_ACHTERBLIJVERS;
        var toelichting = uithuisgeplaatste ? Huisverbod.HULP_UITHUISGEPLAATSTE_TOELICHTING : Huisverbod.HULP_ACHTERBLIJVERS_TOELICHTING;
        verloop.legHulpVast(binding.verbod(execution), uithuisgeplaatste ? HulpVoor.UITHUISGEPLAATSTE : HulpVoor.ACHTERBLIJVERS,
                uitkomst.from(execution), toelichting.from(execution), uitkomst.name(), toelichting.name(),
                currentUser.userIdOrSystem());
        binding.naStap(execution);
    }
}
