package nl.casusregie.instroom;

import java.util.Map;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which form a new report comes from, so refusals name its fields as the form labels them. */
@Configuration
public class MeldingFormulieren {

    @Bean
    Formulier meldingFormulier() {
        return new Formulier(MeldingRequest.class, "melding-invoeren",
                Map.of(MeldingRequest.BETROKKENEN, ActieOverleg.BETROKKENE_RIJEN));
    }
}
