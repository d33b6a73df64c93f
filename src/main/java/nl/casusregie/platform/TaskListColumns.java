package nl.casusregie.platform;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What Tasklist's lists show with every task: its case number, approach and phase (routing
 * facts, no personal data), as columns of the filters. Tasklist reads them as the task's own
 * variables, which those who may see the task may read (partners have no read right on whole
 * cases), so a built-in create listener of every user task copies them onto the task, under
 * names of their own: a form field of the same name would otherwise write to the task's copy
 * instead of the case. They are not routing facts, so they never reach history.
 */
public class TaskListColumns extends AbstractBpmnParseListener implements TaskListener {

    private record Column(String variable, String taskVariable, String label) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("casusnummer", "lijstCasus", "Casus"),
            new Column("aanpak", "lijstAanpak", "Aanpak"),
            new Column("fase", "lijstFase", "Fase"));

    /** The filters' "variables" property: name and label of each column. */
    public static List<Map<String, String>> filterProperty() {
        return COLUMNS.stream().map(c -> Map.of("name", c.taskVariable(), "label", c.label())).toList();
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this);
    }

    @Override
    public void notify(DelegateTask task) {
        for (Column column : COLUMNS) {
            Object value = task.getVariable(column.variable());
            if (value != null) {
                task.setVariableLocal(column.taskVariable(), value);
            }
        }
    }
}
