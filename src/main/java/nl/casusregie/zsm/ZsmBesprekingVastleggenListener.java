package nl.casusregie.zsm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormValues;
import nl.casusregie.platform.Invoercontrole;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Verdiepingsoverleg voeren": stores the session's record and the officer's
 * decision in the same transaction as the completion, so a refusal keeps the task open. Each
 * partner at the table not ticked under "zorgen blijven" is recorded as having no worries left.
 */
@Component("zsmBesprekingVastleggen")
public class ZsmBesprekingVastleggenListener implements TaskListener {

    private final ZsmService service;
    private final ZsmBinding binding;
    private final CurrentUser currentUser;
    private final FormValues formValues;
    private final Invoercontrole invoer;

    public ZsmBesprekingVastleggenListener(ZsmService service, ZsmBinding binding, CurrentUser currentUser,
                                           FormValues formValues, Invoercontrole invoer) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formValues = formValues;
        this.invoer = invoer;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        List<String> metZorgen = formValues.tekstlijst(execution, ZsmVerdieping.ZORGEN_BLIJVEN.name());
        List<String> partners = ZsmService.partners();
        if (!partners.containsAll(metZorgen)) {
            throw invoer.ongeldig(ZsmVerdieping.ZORGEN_BLIJVEN.name(), "kies partners aan tafel");
        }
        Map<String, Boolean> zorgen = new LinkedHashMap<>();
        partners.forEach(p -> zorgen.put(p, metZorgen.contains(p)));
        service.bespreek(binding.zaak(execution), new ZsmBespreking(
                ZsmVerdieping.REGIEHOUDER.from(execution), leegIsNull(ZsmVerdieping.INTERPRETATIE.from(execution)), zorgen,
                code(ZsmBesluit.class, ZsmVerdieping.BESLUIT_INVOER.from(execution)),
                code(TerugkeerReden.class, ZsmVerdieping.TERUGKEER_REDEN.from(execution)),
                formValues.datum(execution, ZsmVerdieping.TERMIJN_TOT.name()),
                ZsmVerdieping.TOELICHTING.from(execution), ZsmVerdieping.BRIEF_TEKST.from(execution),
                ZsmVerdieping.BRIEF_TAAL.from(execution)), currentUser.userIdOrSystem());
        binding.naStap(execution);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }

    /** An option's code as its enum, or null when empty or not one of the options (the service then refuses). */
    private static <E extends Enum<E>> E code(Class<E> soort, String waarde) {
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde)).findFirst().orElse(null);
    }
}
