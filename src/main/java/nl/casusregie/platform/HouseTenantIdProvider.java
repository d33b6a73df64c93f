package nl.casusregie.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Each Zorg- en Veiligheidshuis is a tenant. The models are shared; every instance belongs
 * to the house of the user who started it, a called process to its caller's house.
 */
public class HouseTenantIdProvider implements TenantIdProvider {

    /** Process variable that names the house explicitly (set by the referral service). */
    public static final String HUIS_VARIABLE = "huis";

    private final IdentityService identityService;

    public HouseTenantIdProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        // A user always starts in their own house, whatever variables they send along.
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return houseOfCurrentUser();
        }
        // The engine itself (no user): the house the referral service named.
        Object huis = ctx.getVariables() == null ? null : ctx.getVariables().get(HUIS_VARIABLE);
        if (huis instanceof String h && !h.isBlank()) {
            return h;
        }
        throw new ProcessEngineException("Een casus hoort bij een Zorg- en Veiligheidshuis; er is geen huis bekend.");
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        if (execution != null) {
            return execution.getTenantId();
        }
        // A decision evaluated on its own (by a process owner trying a table) belongs to no case.
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getTenantIds() != null && authentication.getTenantIds().size() == 1
                ? authentication.getTenantIds().get(0) : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null; // no CMMN in this project
    }

    private String houseOfCurrentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getTenantIds() == null || authentication.getTenantIds().size() != 1) {
            throw new ProcessEngineException("Een casus hoort bij precies één Zorg- en Veiligheidshuis; "
                    + "de gebruiker is niet aan één huis gekoppeld.");
        }
        return authentication.getTenantIds().get(0);
    }
}
