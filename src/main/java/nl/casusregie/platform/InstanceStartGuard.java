package nl.casusregie.platform;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * A user starts a process only at its start event, where the start listeners check and
 * register what the process works on. Starting "before" any other activity (start
 * instructions, which Tasklist never sends) would skip those checks, so it is refused.
 * The check is a built-in listener of every process, which skipCustomListeners cannot skip.
 * The engine itself (no user: timers, tests setting up a late branch) may still do it.
 */
public class InstanceStartGuard extends AbstractBpmnParseListener implements ExecutionListener {

    private final IdentityService identityService;

    public InstanceStartGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
        Authentication user = identityService.getCurrentAuthentication();
        String first = execution.getCurrentActivityId();
        boolean atStartEvent = first != null
                && execution.getBpmnModelInstance().getModelElementById(first) instanceof StartEvent;
        if (user != null && user.getUserId() != null && !atStartEvent) {
            throw new AuthorizationException("Een proces begint bij zijn startgebeurtenis; "
                    + "starten bij een andere stap is niet toegestaan.");
        }
    }
}
