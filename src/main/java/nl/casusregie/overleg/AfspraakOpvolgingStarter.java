package nl.casusregie.overleg;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the follow-up (afspraak-opvolging) of every agreement and minimum condition (bodemeis)
 * of a recorded meeting round, bound to its agreement; whether it is a bodemeis decides its path.
 * The engine starts it, not the chair: no partner starts or steers a follow-up.
 * Agreements for the clients themselves have no partner task; the case director takes them up
 * with the clients.
 */
@Component
public class AfspraakOpvolgingStarter {

    /** Days after the deadline at which the chair is called in as well. */
    static final int DAGEN_TOT_VOORZITTER = 14;

    private final AfspraakRepository afspraken;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    AfspraakOpvolgingStarter(AfspraakRepository afspraken, RuntimeService runtimeService, SystemAction systemAction) {
        this.afspraken = afspraken;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    void startVoorRonde(long overlegId) {
        for (AfspraakRepository.Gemaakt afspraak : afspraken.ofRound(overlegId)) {
            if (!OverlegService.CLIENTEN.equals(afspraak.partner())) {
                start(afspraak);
            }
        }
    }

    /**
     * Starts the follow-up of each action of an Actie-Overleg's tactical plan not yet followed up:
     * business key the Actie-Overleg's number, no case director (the weekly session follows the plan).
     */
    public void startVoorActieOverleg(long actieOverlegId) {
        afspraken.vanActieOverleg(actieOverlegId).forEach(this::start);
    }

    private void start(AfspraakRepository.Gemaakt afspraak) {
        ProcessInstance opvolging = systemAction.get(() -> runtimeService
                .createProcessInstanceByKey(AfspraakOpvolging.PROCESS_KEY)
                .businessKey(afspraak.casusnummer())
                .setVariable(AfspraakOpvolging.HUIS.name(), afspraak.huis())
                .setVariable(AfspraakOpvolging.CASUSNUMMER.name(), afspraak.casusnummer())
                .setVariable(AfspraakOpvolging.EIGENAAR.name(), afspraak.partner())
                .setVariable(AfspraakOpvolging.DEADLINE.name(), verstreken(afspraak.deadline()))
                .setVariable(AfspraakOpvolging.ESCALATIE_VOORZITTER.name(),
                        verstreken(afspraak.deadline().plusDays(DAGEN_TOT_VOORZITTER)))
                .setVariable(AfspraakOpvolging.CASUSREGISSEUR.name(), afspraak.casusregisseur())
                .setVariable(AfspraakOpvolging.VOORZITTER.name(), afspraak.voorzitter())
                .setVariable(AfspraakOpvolging.BODEMEIS.name(), afspraak.bodemeis())
                .execute());
        afspraken.bind(afspraak.id(), opvolging.getId());
    }

    /** The end of the deadline day: due then, and overdue after it. */
    private static Date verstreken(LocalDate dag) {
        return Date.from(dag.atTime(23, 59).atZone(ZoneId.systemDefault()).toInstant());
    }
}
