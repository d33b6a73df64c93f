package nl.casusregie.zsm;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A termijnzaak's date has come: the case goes back on the agenda (reason: waiting for an action). */
@Component("zsmTermijnVerstreken")
public class ZsmTermijnVerstrekenDelegate implements JavaDelegate {

    private final ZsmService service;
    private final ZsmBinding binding;

    public ZsmTermijnVerstrekenDelegate(ZsmService service, ZsmBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.termijnVerstreken(binding.zaak(execution));
        binding.naStap(execution);
    }
}
