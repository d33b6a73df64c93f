package nl.casusregie.aanmelding;

import java.util.Map;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A referral comes from the start form aanmelding (also over the API), its members from the form's rows. */
@Configuration
public class AanmeldingFormulier {

    /** The list of members, as the API and the listener name it. */
    public static final String LEDEN = "leden";

    @Bean
    Formulier aanmeldingStartFormulier() {
        return new Formulier(AanmeldingRequest.class, "aanmelding", Map.of(LEDEN, ZvhCasus.LID_RIJEN));
    }
}
