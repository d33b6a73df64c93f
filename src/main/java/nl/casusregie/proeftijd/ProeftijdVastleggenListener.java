package nl.casusregie.proeftijd;

import java.util.HashMap;
import java.util.Map;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of proeftijd. From the Tasklist start form it checks and stores the probation as
 * the API does and gives the instance the probation's number as business key; a probation imposed
 * over the API arrives stored (with its id). Either way it is bound to this instance once, and only
 * its routing facts stay. Invalid input throws, so Tasklist shows the message and nothing starts.
 */
@Component("proeftijdVastleggen")
public class ProeftijdVastleggenListener implements ExecutionListener {

    private final ProeftijdService service;
    private final ProeftijdBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;
    private final FormValues formValues;

    public ProeftijdVastleggenListener(ProeftijdService service, ProeftijdBinding binding, CurrentUser currentUser,
                                       FormLists formLists, FormValues formValues) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
        this.formValues = formValues;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!Proeftijd.PROEFTIJD_ID.isSetOn(execution)) {
            ProeftijdRepository.Gegevens proeftijd = service.registreer(execution.getTenantId(),
                    Proeftijd.CASUSNUMMER.from(execution), read(execution), currentUser.userId(), currentUser.groups());
            Proeftijd.PROEFTIJD_ID.set(execution, proeftijd.id());
            execution.setProcessBusinessKey(proeftijd.nummer());
        }
        binding.bind(execution);
        binding.afterStep(execution);
    }

    /** The form's fields as the API's request; the service checks it. */
    private ProeftijdAanvraag read(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(Proeftijd.PROEFTIJD_SOORT.name(), leegIsNull(Proeftijd.PROEFTIJD_SOORT.from(execution)));
        fields.put(Proeftijd.INGANGSDATUM.name(), formValues.datum(execution, Proeftijd.INGANGSDATUM.name()));
        fields.put(Proeftijd.DUUR_MAANDEN.name(), execution.getVariable(Proeftijd.DUUR_MAANDEN.name()));
        fields.put("toezichthouder", leegIsNull(Proeftijd.TOEZICHTHOUDER.from(execution)));
        fields.put("risico", leegIsNull(Proeftijd.RISICO.from(execution)));
        fields.put(ProeftijdFormulieren.VOORWAARDEN,
                formLists.json(execution, ProeftijdFormulieren.VOORWAARDEN, Proeftijd.VOORWAARDE_RIJEN));
        return formLists.convert(fields, ProeftijdAanvraag.class);
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde;
    }
}
