package nl.casusregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Paging parameters of list requests (firstResult, maxResults on the engine's REST API and
 * the project's API) are whole numbers in a sensible range; anything else is a 400 before the
 * query runs (the engine answers a negative firstResult with a database error).
 */
public class PagingParameterFilter extends OncePerRequestFilter {

    /** Parameter to its largest sensible value. */
    private static final Map<String, Integer> MAXIMA = Map.of("firstResult", 10_000_000, "maxResults", 10_000);

    private final Refusals refusals;

    public PagingParameterFilter(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The query string only: reading parameters would consume a form-encoded body (the web apps' login).
        MultiValueMap<String, String> query = request.getQueryString() == null ? new LinkedMultiValueMap<>()
                : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
        for (Map.Entry<String, Integer> parameter : MAXIMA.entrySet()) {
            List<String> values = query.get(parameter.getKey());
            if (values != null) {
                for (String value : values) {
                    if (!inRange(value, parameter.getValue())) {
                        refusals.write(request, response, HttpStatus.BAD_REQUEST, parameter.getKey(),
                                "De parameter " + parameter.getKey() + " moet een geheel getal van 0 tot en met "
                                        + parameter.getValue() + " zijn.");
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean inRange(String encoded, int max) {
        String value = encoded == null ? null : UriUtils.decode(encoded, StandardCharsets.UTF_8);
        if (value == null || !value.matches("\\d{1,9}")) {
            return false;
        }
        return Integer.parseInt(value) <= max;
    }
}
