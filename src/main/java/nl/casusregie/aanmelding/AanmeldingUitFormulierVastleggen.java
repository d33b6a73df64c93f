package nl.casusregie.aanmelding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.JsonFouten;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of zvh-casus for referrals made with the Tasklist start form: validates the
 * form like the REST API does, stores the referral, gives the case its number as business
 * key, and sets the routing facts; the next listener (casusBinden) binds the case and
 * removes the form's input. A referral made over the project's API arrives already
 * registered (with its casusId). A referral of a household whose case runs becomes a new
 * incident on that case instead (toegevoegdAanCasus), and this instance ends at once.
 * Invalid input throws, so Tasklist shows the message and nothing is stored or started.
 */
@Component("aanmeldingUitFormulierVastleggen")
public class AanmeldingUitFormulierVastleggen implements ExecutionListener {

    private static final Set<String> FORM_FIELDS = Set.of(AanmeldingRequest.class.getRecordComponents()).stream()
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());

    private final AanmeldingService service;
    private final CurrentUser currentUser;
    private final ObjectMapper objectMapper;
    private final FormLists formLists;
    private final JsonFouten jsonFouten;
    private final LopendeCasusAanmelding lopendeCasus;

    public AanmeldingUitFormulierVastleggen(AanmeldingService service, CurrentUser currentUser,
                                           ObjectMapper objectMapper, FormLists formLists, JsonFouten jsonFouten,
                                           LopendeCasusAanmelding lopendeCasus) {
        this.service = service;
        this.lopendeCasus = lopendeCasus;
        this.currentUser = currentUser;
        this.objectMapper = objectMapper;
        this.formLists = formLists;
        this.jsonFouten = jsonFouten;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (ZvhCasus.CASUS_ID.isSetOn(execution)) {
            return; // registered by the API; the next listener (casusBinden) checks and binds it
        }
        AanmeldingRequest aanmelding = read(execution);
        Aanmelder aanmelder = new Aanmelder(currentUser.userId(), currentUser.partnerGroep(), execution.getTenantId());
        Optional<Registratie> incident = lopendeCasus.voegToe(aanmelding, aanmelder);
        if (incident.isPresent()) {
            // No case of its own: this instance ends at once; the referrer's group is told in the running case.
            ZvhCasus.TOEGEVOEGD_AAN_CASUS.set(execution, incident.get().casus().nummer());
            return;
        }
        Registratie registratie = service.registreer(aanmelding, aanmelder);
        execution.setVariables(service.procesvariabelen(aanmelding, aanmelder, registratie));
        execution.setProcessBusinessKey(registratie.casus().nummer());
    }

    /** The form's fields as the API's request; the service checks it. */
    private AanmeldingRequest read(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        for (String name : FORM_FIELDS) {
            Object value = execution.getVariable(name);
            if (value != null && !(value instanceof String s && s.isBlank())) {
                // Lists arrive from Tasklist as JSON (Spin) values; plain values as they are.
                fields.put(name, isJson(value) ? readTree(value.toString()) : value);
            }
        }
        fields.put(AanmeldingFormulier.LEDEN, formLists.json(execution, AanmeldingFormulier.LEDEN, ZvhCasus.LID_RIJEN));
        return formLists.convert(fields, AanmeldingRequest.class);
    }

    private JsonNode readTree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw jsonFouten.ongeldig(AanmeldingRequest.class, e);
        }
    }

    private static boolean isJson(Object value) {
        return value.getClass().getName().startsWith("org.camunda.spin");
    }
}
