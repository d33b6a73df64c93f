package nl.casusregie.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call for one of the project's own endpoints after that endpoint checked the
 * user's role and house: the engine then acts without the user's generic permissions, so a
 * role can do this one thing (the procesregisseur hands case direction over) without being
 * allowed to modify or correlate into any instance. Who did it is recorded by the caller.
 */
@Component
public class SystemAction {

    private final IdentityService identityService;

    public SystemAction(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    public <T> T get(Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
