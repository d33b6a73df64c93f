package nl.casusregie.aanmelding;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of zvh-casus for referrals made with the Tasklist start form: validates the
 * form like the REST API does, stores the referral, gives the case its number as business
 * key, and replaces the form's personal data by the routing facts. A referral made over
 * the project's API arrives already registered (with its casusId) and is only checked.
 * Invalid input throws, so Tasklist shows the message and nothing is stored or started.
 */
@Component("aanmeldingUitFormulierVastleggen")
public class AanmeldingUitFormulierVastleggen implements ExecutionListener {

    private static final String LEDEN = "leden";
    private static final Set<String> FORM_FIELDS = Set.of(AanmeldingRequest.class.getRecordComponents()).stream()
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());

    private final AanmeldingService service;
    private final CasusRepository casussen;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ObjectMapper objectMapper;
    private final FormLists formLists;

    public AanmeldingUitFormulierVastleggen(AanmeldingService service, CasusRepository casussen, CurrentUser currentUser,
                                           Validator validator, ObjectMapper objectMapper, FormLists formLists) {
        this.service = service;
        this.casussen = casussen;
        this.currentUser = currentUser;
        this.validator = validator;
        this.objectMapper = objectMapper;
        this.formLists = formLists;
    }

    @Override
    public void notify(DelegateExecution execution) throws Exception {
        if (ZvhCasus.CASUS_ID.isSetOn(execution)) {
            checkRegisteredByService(execution);
            return;
        }
        AanmeldingRequest aanmelding = read(execution);
        Aanmelder aanmelder = new Aanmelder(currentUser.userId(), currentUser.partnerGroep(), execution.getTenantId());
        Registratie registratie = service.registreer(aanmelding, aanmelder);
        FORM_FIELDS.forEach(execution::removeVariable);
        ZvhCasus.LID_RIJEN.names().forEach(execution::removeVariable);
        execution.setVariables(service.procesvariabelen(aanmelding, aanmelder, registratie));
        execution.setProcessBusinessKey(registratie.casus().nummer());
    }

    /** A case started with a casusId must be that referral's own, new case in this house. */
    private void checkRegisteredByService(DelegateExecution execution) {
        Casus casus = casussen.find(ZvhCasus.CASUS_ID.from(execution)).orElse(null);
        if (casus == null || !casus.huis().equals(execution.getTenantId()) || !casus.nummer().equals(execution.getProcessBusinessKey())
                || casus.status() != CasusStatus.AANGEMELD) {
            throw new OngeldigeInvoerException("casusId", "hoort niet bij een nieuwe aanmelding van dit huis");
        }
    }

    private AanmeldingRequest read(DelegateExecution execution) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        for (String name : FORM_FIELDS) {
            Object value = execution.getVariable(name);
            if (value != null && !(value instanceof String s && s.isBlank())) {
                // Lists arrive from Tasklist as JSON (Spin) values; plain values as they are.
                fields.put(name, isJson(value) ? objectMapper.readTree(value.toString()) : value);
            }
        }
        fields.put(LEDEN, formLists.json(execution, LEDEN, ZvhCasus.LID_RIJEN));
        AanmeldingRequest aanmelding;
        try {
            aanmelding = objectMapper.convertValue(fields, AanmeldingRequest.class);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException("aanmelding", "ongeldige waarde: " + e.getMessage());
        }
        Set<ConstraintViolation<AanmeldingRequest>> violations = validator.validate(aanmelding);
        if (!violations.isEmpty()) {
            Map<String, String> fouten = new TreeMap<>();
            violations.forEach(v -> fouten.put(v.getPropertyPath().toString(), v.getMessage()));
            throw new OngeldigeInvoerException("aanmelding", fouten.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        }
        return aanmelding;
    }

    private static boolean isJson(Object value) {
        return value.getClass().getName().startsWith("org.camunda.spin");
    }
}
