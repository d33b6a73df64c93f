package nl.casusregie.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The project's Tasklist plugins are loaded with Camunda's fixed "?bust=7.24.0", which changes
 * only with Camunda's version: browsers must ask again (a cheap 304 when unchanged), or after an
 * upgrade of the project they would keep running its old plugins.
 */
@Configuration
public class PluginScriptsCaching {

    @Bean
    FilterRegistrationBean<Filter> pluginScriptsRevalidated() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns("/camunda/app/tasklist/scripts/casusregie/*",
                "/camunda/app/tasklist/casusregie-nl/*", "/camunda/app/welcome/scripts/casusregie/*");
        return registration;
    }
}
