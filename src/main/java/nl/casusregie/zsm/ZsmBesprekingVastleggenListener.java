package nl.casusregie.zsm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.FormLists;
import nl.casusregie.platform.FormValues;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.proeftijd.ProeftijdAanvraag;
import nl.casusregie.proeftijd.ProeftijdFormulieren;
import nl.casusregie.proeftijd.ProeftijdSoort;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Verdiepingsoverleg voeren": stores the session's record and the officer's
 * decision in the same transaction as the completion, so a refusal keeps the task open. Each
 * partner at the table not ticked under "zorgen blijven" is recorded as having no worries left. A
 * conditional dismissal's probation is read as the probation's start form is, beginning today.
 */
@Component("zsmBesprekingVastleggen")
public class ZsmBesprekingVastleggenListener implements TaskListener {

    private final ZsmService service;
    private final ZsmBinding binding;
    private final CurrentUser currentUser;
    private final FormValues formValues;
    private final Invoercontrole invoer;
    private final FormLists formLists;
    private final EngineKlok klok;

    public ZsmBesprekingVastleggenListener(ZsmService service, ZsmBinding binding, CurrentUser currentUser,
                                           FormValues formValues, Invoercontrole invoer, FormLists formLists,
                                           EngineKlok klok) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formValues = formValues;
        this.invoer = invoer;
        this.formLists = formLists;
        this.klok = klok;
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
        ZsmBesluit besluit = code(ZsmBesluit.class, ZsmVerdieping.BESLUIT_INVOER.from(execution));
        service.bespreek(binding.zaak(execution), new ZsmBespreking(
                ZsmVerdieping.REGIEHOUDER.from(execution), leegIsNull(ZsmVerdieping.INTERPRETATIE.from(execution)), zorgen,
                besluit, code(TerugkeerReden.class, ZsmVerdieping.TERUGKEER_REDEN.from(execution)),
                formValues.datum(execution, ZsmVerdieping.TERMIJN_TOT.name()),
                ZsmVerdieping.TOELICHTING.from(execution), leegIsNull(ZsmVerdieping.BRIEF_AAN.from(execution)),
                leegIsNull(ZsmVerdieping.BRIEF_TEKST.from(execution)), leegIsNull(ZsmVerdieping.BRIEF_TAAL.from(execution)),
                besluit == ZsmBesluit.VOORWAARDELIJK_SEPOT ? proeftijd(execution) : null), currentUser.userIdOrSystem());
        // Routing facts of the proeftijd process by name, but only input here: they leave this instance.
        execution.removeVariable(ZsmVerdieping.TOEZICHTHOUDER.name());
        execution.removeVariable(ZsmVerdieping.RISICO.name());
        binding.naStap(execution);
    }

    /** The probation's fields as the probation's start form gives them; a conditional dismissal, beginning today. */
    private ProeftijdAanvraag proeftijd(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("proeftijdSoort", ProeftijdSoort.VOORWAARDELIJK_SEPOT.name());
        fields.put("ingangsdatum", klok.vandaag());
        fields.put(ZsmVerdieping.DUUR_MAANDEN.name(), execution.getVariable(ZsmVerdieping.DUUR_MAANDEN.name()));
        fields.put(ZsmVerdieping.TOEZICHTHOUDER.name(), leegIsNull(ZsmVerdieping.TOEZICHTHOUDER.from(execution)));
        fields.put(ZsmVerdieping.RISICO.name(), leegIsNull(ZsmVerdieping.RISICO.from(execution)));
        fields.put(ProeftijdFormulieren.VOORWAARDEN,
                formLists.json(execution, ProeftijdFormulieren.VOORWAARDEN, ZsmVerdieping.VOORWAARDE_RIJEN));
        return formLists.convert(fields, ProeftijdAanvraag.class);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }

    /** An option's code as its enum, or null when empty or not one of the options (the service then refuses). */
    private static <E extends Enum<E>> E code(Class<E> soort, String waarde) {
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde)).findFirst().orElse(null);
    }
}
