package nl.casusregie.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the project's own API, served at /api-docs. */
@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI casusregieApi() {
        return new OpenAPI()
                .info(new Info().title("casusregie API").version("1")
                        .description("Aanmeldingen en casussen van het Zorg- en Veiligheidshuis. "
                                + "Inloggen met HTTP Basic, met een gebruiker van het huis."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
