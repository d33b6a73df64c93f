package nl.casusregie.huisverbod;

import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The default way to report a new incident: the engine correlates the message NieuwIncident to the
 * case's zvh-casus instance (its business key, in its house), as the system, with the incident's
 * source, description and idempotency key as process variables. It fails when no running case
 * waits for the message; the caller runs asynchronously, so the engine retries and then raises an
 * incident in Cockpit rather than losing the report.
 */
@Component
class NieuwIncidentBericht implements NieuwIncidentMelder {

    static final String BRON_VARIABELE = "incidentBron";
    static final String OMSCHRIJVING_VARIABELE = "incidentOmschrijving";
    static final String SLEUTEL_VARIABELE = "incidentSleutel";

    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    NieuwIncidentBericht(RuntimeService runtimeService, SystemAction systemAction) {
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    @Override
    public void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
        systemAction.run(() -> runtimeService.createMessageCorrelation(BERICHT)
                .processInstanceBusinessKey(casusnummer)
                .tenantId(huis)
                .setVariable(BRON_VARIABELE, bron)
                .setVariable(OMSCHRIJVING_VARIABELE, omschrijving)
                .setVariable(SLEUTEL_VARIABELE, sleutel)
                .correlate());
    }
}
