package nl.casusregie.overleg;

import static nl.casusregie.casus.ZvhCasus.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentRepository;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the tasks of a new incident show, from the project's tables: the incident (what reported
 * it, what happened, who reported it and when), and for the chair also the next meeting as now
 * proposed and a round still to be held. Several incidents of one case can be open at once, so
 * the incident is the one of the task's own run of the event subprocess (its incidentId).
 */
@Component
class IncidentFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(Element.INCIDENT_OVERLEG_VERVROEGEN, Element.INCIDENT_KENNISNEMEN,
            Element.INCIDENT_KENNISNEMEN_CASUSREGISSEUR);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

    private final IncidentRepository incidenten;
    private final CasusRepository casussen;
    private final OverlegRepository overleggen;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final SystemAction systemAction;

    IncidentFormValues(IncidentRepository incidenten, CasusRepository casussen, OverlegRepository overleggen,
                       RuntimeService runtimeService, IdentityService identityService, SystemAction systemAction) {
        this.incidenten = incidenten;
        this.casussen = casussen;
        this.overleggen = overleggen;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.systemAction = systemAction;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        return Map.of(); // the incident is the task's own (forTask(Task))
    }

    @Override
    public Map<String, Object> forTask(Task task) {
        Map<String, Object> values = new HashMap<>();
        if (TAKEN.contains(task.getTaskDefinitionKey())) {
            incident(task).ifPresent(incident -> {
                values.put(INCIDENT_BRON_TEKST.name(), IncidentBron.woord(incident.bron()));
                values.put(INCIDENT_GEMELD_TEKST.name(), gemeld(incident));
                values.put(INCIDENT_TEKST.name(), incident.omschrijving());
                if (Element.INCIDENT_OVERLEG_VERVROEGEN.equals(task.getTaskDefinitionKey())) {
                    overleg(incident.casusId(), values);
                }
            });
        }
        return values;
    }

    /** The incident of the task's run of the event subprocess, if it is one of the task's own case. */
    private Optional<IncidentRepository.Gemeld> incident(Task task) {
        Object id = systemAction.get(() -> runtimeService.getVariable(task.getExecutionId(), INCIDENT_ID.name()));
        return Optional.ofNullable(id instanceof Number n ? n.longValue() : null).flatMap(incidenten::get)
                .filter(i -> casussen.findByProcesInstantie(task.getProcessInstanceId()).filter(c -> c.id() == i.casusId())
                        .isPresent());
    }

    /** "Pieter Visser (Politie), 3 maart 2026 om 14:05"; the engine itself reports as "automatisch". */
    private String gemeld(IncidentRepository.Gemeld incident) {
        String wie = "systeem".equals(incident.gemeldDoor()) ? "Automatisch gemeld" : Stream.of(naam(incident.gemeldDoor()),
                        Optional.ofNullable(incident.gemeldDoorGroep()).flatMap(PartnerGroup::fromId)
                                .map(g -> "(" + g.naam() + ")").orElse(null))
                .filter(deel -> deel != null).collect(Collectors.joining(" "));
        LocalDateTime op = incident.gemeldOp();
        return wie + ", " + Woorden.datum(op) + " om " + TIJD.format(op);
    }

    /** The next meeting as now proposed, and a round whose meeting is still to be held. */
    private void overleg(long casusId, Map<String, Object> values) {
        LocalDate vandaag = LocalDate.now();
        values.put(VOLGEND_OVERLEG_TEKST.name(), overleggen.datumvoorstel(casusId, vandaag)
                .map(v -> Woorden.datum(v.datum()) + " (" + v.herkomst().toLowerCase(java.util.Locale.ROOT) + ")")
                .orElse("Nog geen datum afgesproken"));
        values.put(LOPEND_OVERLEG_TEKST.name(), overleggen.lopendeRonde(casusId).map(ronde -> ronde.datum() == null
                        ? "Ronde " + ronde.nummer() + " loopt en is nog niet gepland: een vervroegde datum stelt 'Overleg plannen'"
                                + " voor die ronde voor."
                        : "Ronde " + ronde.nummer() + " loopt, met het overleg op " + Woorden.datum(ronde.datum())
                                + "; dat gaat door. Een vervroegde datum geldt voor het overleg daarna.")
                .orElse(""));
    }

    /** A professional's display name, read by the engine itself (users may not list users). */
    private String naam(String userId) {
        User user = systemAction.get(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String naam = Stream.of(user.getFirstName(), user.getLastName()).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining(" "));
        return naam.isBlank() ? userId : naam;
    }
}
