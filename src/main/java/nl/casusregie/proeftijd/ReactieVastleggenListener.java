package nl.casusregie.proeftijd;

import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the OM's reaction task: records the reaction to the breach the task was
 * created for; changed conditions are read from the form's rows only when the OM chose them.
 */
@Component("reactieVastleggen")
public class ReactieVastleggenListener implements TaskListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;
    private final CurrentUser currentUser;
    private final FormLists formLists;

    public ReactieVastleggenListener(ProeftijdBinding binding, ToezichtService service, CurrentUser currentUser,
                                     FormLists formLists) {
        this.binding = binding;
        this.service = service;
        this.currentUser = currentUser;
        this.formLists = formLists;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        OmReactie reactie = service.legReactieVast(binding.proeftijd(execution), task.getId(),
                Proeftijd.OM_REACTIE.from(execution), Proeftijd.REACTIE_REDEN.from(execution),
                () -> wijziging(execution), currentUser.userIdOrSystem());
        Proeftijd.OM_REACTIE.set(execution.getProcessInstance(), reactie.name());
        binding.afterStep(execution);
    }

    private Voorwaardenwijziging wijziging(DelegateExecution execution) {
        return new Voorwaardenwijziging(formLists.read(execution, ProeftijdFormulieren.VOORWAARDEN, Proeftijd.VOORWAARDE_RIJEN,
                VoorwaardeInvoer.class), Risico.of(Proeftijd.RISICO.from(execution)).orElse(null));
    }
}
