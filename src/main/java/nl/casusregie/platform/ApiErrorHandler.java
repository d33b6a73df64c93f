package nl.casusregie.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every answer of the project's API that is not a success is a Dutch RFC 9457 problem detail:
 * bad input a 400 with one message per field (property "fouten", keyed by JSON path, each
 * message naming the field as the form does), and 403, 404, 405, 413, 415 alike. Refusals are
 * logged in one line at INFO without what was sent; only real faults are logged with their
 * stack trace, and never answered with their message.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final JsonFouten jsonFouten;

    public ApiErrorHandler(JsonFouten jsonFouten) {
        this.jsonFouten = jsonFouten;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail invalidInput(OngeldigeInvoerException e) {
        LOG.info("Invoer geweigerd: velden {}", e.fouten().keySet());
        return problem(e.fouten());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof BodySizeLimitFilter.TooLargeException) {
            return status(HttpStatus.PAYLOAD_TOO_LARGE, BodySizeLimitFilter.MELDING);
        }
        JsonProcessingException json = e.getCause() instanceof JsonProcessingException cause ? cause : null;
        OngeldigeInvoerException refusal = json != null ? jsonFouten.ongeldig(null, json)
                : new OngeldigeInvoerException("body", "Geen geldige JSON");
        return invalidInput(refusal);
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return status(HttpStatus.FORBIDDEN, "Dit mag uw rol niet.");
    }

    /** Spring's own refusals (unknown path, wrong method or media type) and ours with a status. */
    @ExceptionHandler({ResponseStatusException.class, NoResourceFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail withStatus(Exception e) {
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.BAD_REQUEST;
        String reason = e instanceof ResponseStatusException r && r.getReason() != null ? r.getReason() : null;
        return status(status, reason != null ? reason : standaardMelding(status));
    }

    /** A fault of ours, not of the input: logged in full, answered without details. */
    @ExceptionHandler(Exception.class)
    ProblemDetail fault(Exception e) {
        LOG.error("Fout bij het verwerken van een verzoek", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis; er is niets opgeslagen. Probeer het later opnieuw of meld het aan de beheerder.");
        problem.setTitle("Interne fout");
        return problem;
    }

    private static ProblemDetail status(HttpStatusCode status, String detail) {
        LOG.info("Verzoek geweigerd: {}", status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel(status));
        return problem;
    }

    private static String titel(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet ingelogd";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Antwoordformaat niet beschikbaar";
            case 413 -> "Verzoek te groot";
            case 415 -> "Verkeerd formaat";
            default -> "Verzoek geweigerd";
        };
    }

    private static String standaardMelding(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Het verzoek is onvolledig of ongeldig.";
            case 404 -> "Deze pagina of dit gegeven bestaat niet, of is niet van uw huis.";
            case 405 -> "Deze bewerking kan hier niet.";
            case 406 -> "Dit antwoordformaat is niet beschikbaar; vraag JSON.";
            case 415 -> "Stuur de gegevens als JSON (Content-Type: application/json).";
            default -> "Het verzoek is geweigerd.";
        };
    }

    private static ProblemDetail problem(Map<String, String> fouten) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De invoer is ongeldig; er is niets opgeslagen.");
        problem.setTitle("Ongeldige invoer");
        problem.setProperty("fouten", fouten);
        return problem;
    }
}
