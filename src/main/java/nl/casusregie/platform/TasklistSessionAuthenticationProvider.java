package nl.casusregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * The project's API for its Tasklist plugins (the case file tab): a GET that carries the
 * header X-Requested-With runs as the user logged in to the web apps in this browser session;
 * anything else needs HTTP Basic. Reading only: a state-changing request never rides on the
 * session cookie, and the custom header keeps other sites from reading through it (a
 * cross-site request with that header needs a CORS preflight, which this application never grants).
 */
public class TasklistSessionAuthenticationProvider implements AuthenticationProvider {

    public static final String HEADER = "X-Requested-With";

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    /** Whether the refused request came from a plugin: set per request, read when it is refused. */
    private final ThreadLocal<Boolean> fromPlugin = ThreadLocal.withInitial(() -> false);

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        fromPlugin.set(request.getHeader(HEADER) != null);
        String userId = sessionUser(request, engine);
        return userId != null ? AuthenticationResult.successful(userId) : basic.extractAuthenticatedUser(request, engine);
    }

    /** No Basic challenge for a plugin whose session ended: the browser would pop up its own login over Tasklist. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        if (!fromPlugin.get()) {
            basic.augmentResponseByAuthenticationChallenge(response, engine);
        }
    }

    private static String sessionUser(HttpServletRequest request, ProcessEngine engine) {
        HttpSession session = request.getSession(false);
        if (!"GET".equals(request.getMethod()) || request.getHeader(HEADER) == null || session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName());
        String userId = authentication == null ? null : authentication.getIdentityId();
        // A user removed in Admin since logging in is no longer anyone.
        return userId != null && engine.getIdentityService().createUserQuery().userId(userId).count() == 1 ? userId : null;
    }
}
