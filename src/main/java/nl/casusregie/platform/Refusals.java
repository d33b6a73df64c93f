package nl.casusregie.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a refusal from a servlet filter in the shape the caller expects: the engine's REST
 * API (and Tasklist, which shows its "message") gets {"type", "message"}, the project's API
 * a Dutch problem detail like {@link ApiErrorHandler}'s. Logged in one line, at INFO.
 */
public class Refusals {

    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final ObjectMapper objectMapper;

    public Refusals(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String veld,
                      String melding) throws IOException {
        LOG.info("Verzoek geweigerd met {}: {} {} ({})", status.value(), request.getMethod(), request.getRequestURI(), veld);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        Object body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, melding);
            problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? "Verzoek te groot" : "Ongeldige invoer");
            problem.setProperty("fouten", Map.of(veld, melding));
            body = problem;
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body = Map.of("type", "OngeldigeInvoer", "message", melding);
        }
        objectMapper.writeValue(response.getOutputStream(), body);
    }
}
