package nl.casusregie.zsm;

import java.util.HashMap;
import java.util.Map;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of zsm-verdieping. From the Tasklist start form it checks and stores the case as
 * the API does and gives the instance the case's number as business key; a case entered over the
 * API arrives stored. Either way it is bound to this instance once and goes on the next open
 * session's agenda. Invalid input throws, so Tasklist shows the message and nothing starts.
 */
@Component("zsmZaakVastleggen")
public class ZsmZaakVastleggenListener implements ExecutionListener {

    private final ZsmService service;
    private final ZsmBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;

    public ZsmZaakVastleggenListener(ZsmService service, ZsmBinding binding, CurrentUser currentUser, FormLists formLists) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!ZsmVerdieping.ZAAK_ID.isSetOn(execution)) {
            ZsmRepository.Zaak zaak = service.registreer(execution.getTenantId(), read(execution), currentUser.userId(),
                    currentUser.groups());
            ZsmVerdieping.ZAAK_ID.set(execution, zaak.id());
            execution.setProcessBusinessKey(zaak.nummer());
        }
        binding.bind(execution);
        service.agendeer(binding.zaak(execution), execution.getProcessInstanceId());
        binding.naStap(execution);
    }

    private ZsmInbreng read(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(ZsmInbreng.BETROKKENEN, formLists.json(execution, ZsmInbreng.BETROKKENEN, ZsmVerdieping.BETROKKENE_RIJEN));
        fields.put(ZsmVerdieping.REDEN.name(), ZsmVerdieping.REDEN.from(execution));
        fields.put(ZsmVerdieping.VRAAG.name(), ZsmVerdieping.VRAAG.from(execution));
        return formLists.convert(fields, ZsmInbreng.class);
    }
}
