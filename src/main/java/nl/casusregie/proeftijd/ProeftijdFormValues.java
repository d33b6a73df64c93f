package nl.casusregie.proeftijd;

import static nl.casusregie.proeftijd.Proeftijd.Element.CONTROLEREN;
import static nl.casusregie.proeftijd.Proeftijd.Element.EVALUEREN;
import static nl.casusregie.proeftijd.Proeftijd.Element.REAGEREN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.proeftijd.ProeftijdRepository.Gegevens;
import nl.casusregie.proeftijd.ProeftijdRepository.Voorwaarde;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the probation's forms show from its tables: for a check, the condition the task was created
 * for and its earlier checks; for the OM, the breach its task answers, the other breaches, and the
 * conditions in force and the risk to change; for the evaluation, how the probation went.
 */
@Component
class ProeftijdFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(CONTROLEREN, REAGEREN, EVALUEREN);

    private final ProeftijdRepository proeftijden;

    ProeftijdFormValues(ProeftijdRepository proeftijden) {
        this.proeftijden = proeftijden;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        return Map.of(); // each task of a probation shows its own condition or breach: see forTask(Task)
    }

    @Override
    public Map<String, Object> forTask(Task task) {
        Map<String, Object> values = new HashMap<>();
        if (!TAKEN.contains(task.getTaskDefinitionKey())) {
            return values;
        }
        proeftijden.ofInstance(task.getProcessInstanceId()).ifPresent(proeftijd -> {
            values.put(Proeftijd.PROEFTIJDNUMMER.name(), proeftijd.nummer());
            values.put(Proeftijd.CASUSNUMMER.name(), proeftijd.hoortBij());
            values.put(Proeftijd.PROEFTIJD_TEKST.name(), ProeftijdTeksten.proeftijd(proeftijd));
            Map<Long, Voorwaarde> voorwaarden = proeftijden.voorwaarden(proeftijd.id()).stream()
                    .collect(Collectors.toMap(Voorwaarde::id, Function.identity()));
            switch (task.getTaskDefinitionKey()) {
                case CONTROLEREN -> controle(task, voorwaarden, values);
                case REAGEREN -> reactie(task, proeftijd, voorwaarden, values);
                default -> verloop(proeftijd, values);
            }
        });
        return values;
    }

    private void controle(Task task, Map<Long, Voorwaarde> voorwaarden, Map<String, Object> values) {
        proeftijden.controleVanTaak(task.getId()).ifPresent(controle -> {
            values.put(Proeftijd.VOORWAARDE_TEKST.name(), ProeftijdTeksten.voorwaarde(voorwaarden.get(controle.voorwaardeId())));
            values.put(Proeftijd.EERDERE_CONTROLES.name(), ProeftijdTeksten.controles(proeftijden.controles(controle.voorwaardeId())));
        });
    }

    /** For the evaluation: each condition the probation had with its checks, then the breaches. */
    private void verloop(Gegevens proeftijd, Map<String, Object> values) {
        List<Voorwaarde> voorwaarden = proeftijden.voorwaarden(proeftijd.id());
        Map<Long, List<ProeftijdRepository.Controle>> controles = voorwaarden.stream()
                .collect(Collectors.toMap(Voorwaarde::id, v -> proeftijden.controles(v.id())));
        values.put(Proeftijd.VERLOOP.name(), ProeftijdTeksten.verloop(voorwaarden, controles,
                proeftijden.overtredingen(proeftijd.id())));
    }

    /** The breach and, to change from, the conditions in force as the form's rows and the current risk. */
    private void reactie(Task task, Gegevens proeftijd, Map<Long, Voorwaarde> voorwaarden, Map<String, Object> values) {
        proeftijden.overtredingVanTaak(task.getId()).ifPresent(overtreding -> {
            values.put(Proeftijd.OVERTREDING_TEKST.name(), ProeftijdTeksten.overtreding(overtreding,
                    overtreding.voorwaardeId() == null ? null : voorwaarden.get(overtreding.voorwaardeId())));
            values.put(Proeftijd.EERDERE_OVERTREDINGEN.name(), ProeftijdTeksten.eerdereOvertredingen(
                    proeftijden.overtredingen(proeftijd.id()), overtreding.id(), voorwaarden));
        });
        List<Voorwaarde> geldend = proeftijden.geldend(proeftijd.id());
        List<String> rijen = Proeftijd.VOORWAARDE_RIJEN.names();
        for (int i = 0; i < Math.min(geldend.size(), rijen.size()); i++) {
            values.put(rijen.get(i), Map.of("voorwaardeSoort", geldend.get(i).soort(), "omschrijving", geldend.get(i).omschrijving()));
        }
        values.put(Proeftijd.RISICO.name(), proeftijd.risico());
    }
}
