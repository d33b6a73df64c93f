package nl.casusregie.overleg;

import java.util.Map;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A meeting's record comes from the form overleg-vastleggen, its lists from the form's rows. */
@Configuration
public class OverlegFormulier {

    @Bean
    Formulier overlegVastleggenFormulier() {
        return new Formulier(Overlegverslag.class, "overleg-vastleggen",
                Map.of(Focusoverleg.SCORES.name(), Focusoverleg.SCORE_RIJEN,
                        Focusoverleg.AFSPRAKEN.name(), Focusoverleg.AFSPRAAK_RIJEN));
    }
}
