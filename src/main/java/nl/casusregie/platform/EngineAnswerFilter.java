package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds to a JSON answer the engine gave: only to a successful one (200), so only to what the
 * engine already let this user see. Subclasses say which requests and what they add.
 */
abstract class EngineAnswerFilter extends OncePerRequestFilter {

    protected final ObjectMapper objectMapper;

    protected EngineAnswerFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Amends the answer in place; returns whether it changed. */
    protected abstract boolean amend(HttpServletRequest request, JsonNode answer);

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpServletResponse.SC_OK && answer.getContentSize() > 0) {
            JsonNode json = objectMapper.readTree(answer.getContentAsByteArray());
            if (amend(request, json)) {
                answer.resetBuffer();
                answer.getOutputStream().write(objectMapper.writeValueAsBytes(json));
            }
        }
        answer.copyBodyToResponse();
    }
}
