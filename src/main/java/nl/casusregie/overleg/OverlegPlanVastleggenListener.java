package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the chair's planning task: stores date, OM, stalking and invitations,
 * and sets the meeting's start (its timer) and the contributions' due date, the day before.
 */
@Component("overlegPlanVastleggen")
public class OverlegPlanVastleggenListener implements TaskListener {

    /** Meetings start in the morning; contributions are due the working day before, at its end. */
    private static final LocalTime BEGIN = LocalTime.of(9, 0);
    private static final LocalTime UITERLIJK = LocalTime.of(17, 0);

    private final OverlegService service;
    private final CasusBinding binding;
    private final FormValues formValues;

    public OverlegPlanVastleggenListener(OverlegService service, CasusBinding binding, FormValues formValues) {
        this.service = service;
        this.binding = binding;
        this.formValues = formValues;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        LocalDate datum = formValues.datum(execution, DATUM.name());
        service.legPlanVast(execution.getProcessInstanceId(), binding.casus(execution).id(),
                new OverlegPlan(datum, Boolean.TRUE.equals(OM_NODIG.from(execution)),
                        Boolean.TRUE.equals(STALKING_OF_TERREUR.from(execution)),
                        formValues.tekstlijst(execution, UITGENODIGDE_PARTNERS.name())));
        OVERLEG_DATUM.set(execution, tijdstip(datum, BEGIN));
        BIJDRAGE_UITERLIJK.set(execution, tijdstip(datum.minusDays(1), UITERLIJK));
        binding.afterStep(execution);
    }

    private static Date tijdstip(LocalDate dag, LocalTime tijd) {
        return Date.from(dag.atTime(tijd).atZone(ZoneId.systemDefault()).toInstant());
    }
}
