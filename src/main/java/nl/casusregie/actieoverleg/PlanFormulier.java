package nl.casusregie.actieoverleg;

import java.util.Map;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session form shows the plan's actions as rows actie1..actie6; refusals name them so ("Actie 2, Partner"). */
@Configuration
class PlanFormulier {

    @Bean
    Formulier actieOverlegPlan() {
        return new Formulier(Plan.class, "actie-overleg-bespreken", Map.of(ActieOverleg.ACTIES.name(), ActieOverleg.ACTIE_RIJEN));
    }
}
