package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of the chair's confirmation: fixes invitations and segments, as advised or changed with a reason. */
@Component("overlegOpzetBevestigen")
public class OverlegOpzetBevestigenListener implements TaskListener {

    private final OverlegService service;
    private final CasusBinding binding;
    private final FormValues formValues;

    public OverlegOpzetBevestigenListener(OverlegService service, CasusBinding binding, FormValues formValues) {
        this.service = service;
        this.binding = binding;
        this.formValues = formValues;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        boolean wijzigen = Boolean.TRUE.equals(OPZET_WIJZIGEN.from(execution));
        List<String> partners = formValues.tekstlijst(execution, UITGENODIGDE_PARTNERS.name());
        List<Segment> segmenten = service.bevestigOpzet(execution.getProcessInstanceId(), binding.casus(execution).id(),
                partners, wijzigen ? formValues.tekstlijst(execution, SEGMENTEN.name()) : List.of(), OPZET_REDEN.from(execution));
        binding.afterStep(execution);
        UITNODIGINGEN.set(execution, new ArrayList<>(partners));
        OVERLEGDELEN.set(execution, segmenten.stream().map(Segment::name).collect(Collectors.toCollection(ArrayList::new)));
    }
}
