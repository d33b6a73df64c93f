package nl.casusregie.actieoverleg;

import java.util.HashMap;
import java.util.Map;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of actie-overleg. From the Tasklist start form it checks and stores the report as
 * the API does and gives the instance the case's number as business key; a report made over the API
 * arrives stored. Either way the case is bound to this instance, once, in its house. Invalid input
 * throws, so Tasklist shows the message and nothing starts.
 */
@Component("actieOverlegAanmelden")
public class ActieOverlegAanmeldenListener implements ExecutionListener {

    private final ActieOverlegMelding melding;
    private final ActieOverlegBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;

    public ActieOverlegAanmeldenListener(ActieOverlegMelding melding, ActieOverlegBinding binding, CurrentUser currentUser,
                                         FormLists formLists) {
        this.melding = melding;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!ActieOverleg.ACTIE_OVERLEG_ID.isSetOn(execution)) {
            ActieOverlegMelding.Gemeld gemeld = melding.registreer(read(execution), currentUser.userId(),
                    ActieOverlegMelding.melder(currentUser.groups())
                            .orElseThrow(() -> new OngeldigeInvoerException("betrokkenen", ActieOverlegMelding.ALLEEN_MELDERS)),
                    execution.getTenantId());
            ActieOverleg.ACTIE_OVERLEG_ID.set(execution, gemeld.id());
            execution.setProcessBusinessKey(gemeld.nummer());
        }
        binding.bind(execution);
    }

    private ActieOverlegRequest read(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(ActieOverleg.BETROKKENEN.name(), formLists.json(execution, ActieOverleg.BETROKKENEN.name(), ActieOverleg.BETROKKENE_RIJEN));
        fields.put(ActieOverleg.WAT_GEBEURD.name(), ActieOverleg.WAT_GEBEURD.from(execution));
        fields.put(ActieOverleg.STALKING.name(), execution.getVariable(ActieOverleg.STALKING.name()));
        return formLists.convert(fields, ActieOverlegRequest.class);
    }
}
