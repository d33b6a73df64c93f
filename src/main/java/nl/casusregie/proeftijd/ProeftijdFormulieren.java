package nl.casusregie.proeftijd;

import java.util.Map;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which forms the probation's input comes from, so refusals name its fields as those forms do. */
@Configuration
public class ProeftijdFormulieren {

    /** The list of conditions, as the API and the listeners name it. */
    public static final String VOORWAARDEN = "voorwaarden";

    @Bean
    Formulier proeftijdStartFormulier() {
        return new Formulier(ProeftijdAanvraag.class, "proeftijd-starten", Map.of(VOORWAARDEN, Proeftijd.VOORWAARDE_RIJEN));
    }

    @Bean
    Formulier voorwaardenwijzigingFormulier() {
        return new Formulier(Voorwaardenwijziging.class, "overtreding-reageren", Map.of(VOORWAARDEN, Proeftijd.VOORWAARDE_RIJEN));
    }
}
