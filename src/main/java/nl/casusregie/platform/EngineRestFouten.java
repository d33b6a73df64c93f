package nl.casusregie.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the engine's REST API answers what goes wrong, where its own answer would not do:
 * <ul>
 *   <li>a refused form: 400 with the Dutch message alone (the engine's REST API prefixes
 *       "Cannot submit task form &lt;id&gt;:", TaskResourceImpl 7.24);</li>
 *   <li>another house's task or instance (the engine's tenant check, ENGINE-13034): 404, as
 *       if it did not exist, where the engine answers 500; the engine's own 404s in the same
 *       Dutch words, so the two cannot be told apart;</li>
 *   <li>any other fault (500): a Dutch message without the exception's, which can carry SQL
 *       and what was sent; the fault is logged here with its stack trace.</li>
 * </ul>
 * Everything else keeps the engine's answer. The shape stays the engine's {"type","message"},
 * which Tasklist shows on the form.
 */
final class EngineRestFouten {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestFouten.class);

    /** The engine's message code for a command on another tenant's data (CommandLogger 034). */
    private static final String OTHER_TENANT = "ENGINE-13034";

    private static final String NIET_GEVONDEN = "Niet gevonden: dit gegeven bestaat niet of hoort niet bij uw huis.";

    private EngineRestFouten() {
    }

    /** Whether this class answers the exception (and not the engine). */
    static boolean handles(Throwable e) {
        return answer(e, false).isPresent();
    }

    /** The answer, logged: refusals in one line at INFO, faults with their stack trace. */
    static Response answer(Throwable e) {
        return answer(e, true).orElseThrow();
    }

    private static Optional<Response> answer(Throwable e, boolean log) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OngeldigeInvoerException refusal) {
                if (log) {
                    LOG.info("Formulier geweigerd: velden {}", refusal.fouten().keySet());
                }
                return Optional.of(response(400, "OngeldigeInvoer", refusal.getMessage()));
            }
            if (t instanceof FormFieldValidationException refusal) {
                if (log) {
                    LOG.info("Formulier geweigerd door de engine");
                }
                return Optional.of(response(400, "OngeldigeInvoer", refusal.getMessage()));
            }
            if (t instanceof ProcessEngineException engine && engine.getMessage() != null
                    && engine.getMessage().startsWith(OTHER_TENANT)) {
                if (log) {
                    LOG.info("Verzoek op gegevens van een ander huis: als niet gevonden beantwoord");
                }
                return Optional.of(response(404, "NietGevonden", NIET_GEVONDEN));
            }
        }
        if (e instanceof RestException rest && rest.getStatus() == Response.Status.NOT_FOUND) {
            // The engine's own 404s ("No matching task with id ...") name ids in English.
            return Optional.of(response(404, "NietGevonden", NIET_GEVONDEN));
        }
        if (isFault(e)) {
            if (log) {
                LOG.error("Fout in de REST API van de engine", e);
            }
            return Optional.of(response(500, "InterneFout",
                    "Er ging iets mis; er is niets opgeslagen. Probeer het later opnieuw of meld het aan de beheerder."));
        }
        return Optional.empty();
    }

    private static boolean isFault(Throwable e) {
        if (e instanceof RestException || e instanceof ProcessEngineException) {
            return ExceptionHandlerHelper.getInstance().getStatus(e).getStatusCode() >= 500;
        }
        return !(e instanceof WebApplicationException);
    }

    private static Response response(int status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }
}
