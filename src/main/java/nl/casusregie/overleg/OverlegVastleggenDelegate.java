package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.casusregie.casus.OngeldigeInvoerException;
import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the focus meeting with its scores and agreements, and passes the score summary on to fase-overgang. */
@Component("overlegVastleggen")
public class OverlegVastleggenDelegate implements JavaDelegate {

    private final OverlegService service;
    private final CurrentUser currentUser;
    private final ObjectMapper objectMapper;

    public OverlegVastleggenDelegate(OverlegService service, CurrentUser currentUser, ObjectMapper objectMapper) {
        this.service = service;
        this.currentUser = currentUser;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Overlegverslag verslag = new Overlegverslag(CASUS_ID.from(execution), FASE.from(execution),
                WENSEN_CLIENTEN.from(execution), DEELNAME_CLIENTEN.from(execution), VERTROUWENSPERSOON.from(execution),
                Boolean.TRUE.equals(CLIENTEN_AANWEZIG.from(execution)),
                BEELDVORMING.from(execution), Boolean.TRUE.equals(NIEUWE_ZORGEN.from(execution)),
                list(execution, SCORES.name(), new TypeReference<List<Schaalscore>>() { }),
                list(execution, AFSPRAKEN.name(), new TypeReference<List<Afspraak>>() { }));
        OverlegService.Vastgelegd vastgelegd = service.legVast(verslag, currentUser.userIdOrSystem());
        OVERLEG_ID.set(execution, vastgelegd.overlegId());
        AANTAL_OVERLEGGEN.set(execution, vastgelegd.aantalOverleggen());
        GEMIDDELDE_SCORE.set(execution, verslag.gemiddeldeScore());
        SCORE_SPREIDING.set(execution, verslag.spreiding());
        CLIENTEN_AANWEZIG.set(execution, verslag.clientenAanwezig());
        NIEUWE_ZORGEN.set(execution, verslag.nieuweZorgen());
    }

    /** Dynamic lists arrive as JSON (Spin values from Tasklist, or JSON text). */
    private <T> List<T> list(DelegateExecution execution, String name, TypeReference<List<T>> type) {
        Object value = execution.getVariable(name);
        if (value == null) {
            return List.of();
        }
        try {
            return objectMapper.readValue(value instanceof String s ? s : objectMapper.writeValueAsString(jsonOf(value)), type);
        } catch (Exception e) {
            throw new OngeldigeInvoerException(name, "onleesbare lijst: " + e.getMessage());
        }
    }

    private Object jsonOf(Object value) throws Exception {
        return value.getClass().getName().startsWith("org.camunda.spin") ? objectMapper.readTree(value.toString()) : value;
    }
}
