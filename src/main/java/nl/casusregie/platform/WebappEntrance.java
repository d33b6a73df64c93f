package nl.casusregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's entrance (/, /camunda/, /camunda/app/) leads to the welcome page with the
 * mark "werk": its login is in Dutch, and the welcome app's script
 * (app/welcome/scripts/casusregie/naar-werkplek.js) sends a professional on to the web app they
 * work in. Without the mark (Tasklist's "Mijn profiel") the welcome page stays, for the profile.
 */
@Configuration
public class WebappEntrance {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappEntranceFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) {
        String welcome = webapp + "/app/welcome/default/?werk";
        Set<String> entrances = Set.of("/", webapp, webapp + "/", webapp + "/app", webapp + "/app/");
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod()) || !entrances.contains(request.getRequestURI().substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendRedirect(request.getContextPath() + welcome);
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
