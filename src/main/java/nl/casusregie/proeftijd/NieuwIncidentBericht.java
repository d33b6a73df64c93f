package nl.casusregie.proeftijd;

import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The port's default: correlates the contract message NieuwIncident to the case's zvh-casus instance
 * (its business key is the case number) in the case's house, as the engine itself: the breach was
 * reported by someone allowed to, and nobody correlates messages over /engine-rest. A case that does
 * not wait for the message (closed, or a zvh-casus version without it) does not refuse the breach:
 * the OM still reacts to it, and the warning says the case was not reached.
 */
@Component
public class NieuwIncidentBericht implements NieuwIncidentMelder {

    public static final String MESSAGE_NIEUW_INCIDENT = "NieuwIncident";

    private static final Logger log = LoggerFactory.getLogger(NieuwIncidentBericht.class);

    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    public NieuwIncidentBericht(RuntimeService runtimeService, SystemAction systemAction) {
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    @Override
    public void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
        int bereikt = systemAction.get(() -> runtimeService.createMessageCorrelation(MESSAGE_NIEUW_INCIDENT)
                .processInstanceBusinessKey(casusnummer)
                .tenantId(huis)
                .setVariable("incidentBron", bron)
                .setVariable("incidentOmschrijving", omschrijving)
                .setVariable("incidentSleutel", sleutel)
                .correlateAllWithResult()
                .size());
        if (bereikt == 0) {
            log.warn("Nieuw incident {} ({}) bereikte casus {} niet: de casus wacht niet op {}", sleutel, bron, casusnummer,
                    MESSAGE_NIEUW_INCIDENT);
        }
    }
}
