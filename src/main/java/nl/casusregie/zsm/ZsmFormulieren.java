package nl.casusregie.zsm;

import java.util.Map;
import nl.casusregie.platform.Formulier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which form a ZSM entry comes from, so refusals name its fields as the form labels them. */
@Configuration
public class ZsmFormulieren {

    @Bean
    Formulier zsmInbrengFormulier() {
        return new Formulier(ZsmInbreng.class, "zsm-inbrengen", Map.of(ZsmInbreng.BETROKKENEN, ZsmVerdieping.BETROKKENE_RIJEN));
    }
}
