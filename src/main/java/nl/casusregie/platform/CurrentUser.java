package nl.casusregie.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The user the authentication filter (or the engine, inside a process) established for this thread. */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String userId() {
        return authentication().getUserId();
    }

    /** Who did it, for the record: the user, or "systeem" when the engine acts on its own (timers). */
    public String userIdOrSystem() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "systeem";
    }

    /** The user's house (tenant): every user belongs to exactly one. */
    public String huis() {
        List<String> tenants = authentication().getTenantIds();
        if (tenants == null || tenants.size() != 1) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Gebruiker " + userId() + " is niet aan precies één Zorg- en Veiligheidshuis gekoppeld.");
        }
        return tenants.get(0);
    }

    /** The partner group the user acts for: the first of the contract's partner groups they belong to. */
    public String partnerGroep() {
        authentication();
        return partnerGroepIndienIngelogd()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "Alleen professionals van een partnerorganisatie kunnen een huishouden aanmelden."));
    }

    /**
     * The partner group of the user who is logged in, as {@link #partnerGroep()} picks it; empty when
     * the engine acts on its own (a timer) or the user belongs to no partner group.
     */
    public Optional<String> partnerGroepIndienIngelogd() {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> groups = authentication == null ? null : authentication.getGroupIds();
        return Arrays.stream(PartnerGroup.values())
                .filter(g -> g.access() == PartnerGroup.Access.TASKLIST && groups != null && groups.contains(g.id()))
                .map(PartnerGroup::id)
                .findFirst();
    }

    /** The user's groups. */
    public List<String> groups() {
        List<String> groups = authentication().getGroupIds();
        return groups == null ? List.of() : groups;
    }

    /** Refuses (403, with the given Dutch message) unless the user belongs to the group. */
    public void require(PartnerGroup group, String melding) {
        List<String> groups = authentication().getGroupIds();
        if (groups == null || !groups.contains(group.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, melding);
        }
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Niet ingelogd.");
        }
        return authentication;
    }
}
