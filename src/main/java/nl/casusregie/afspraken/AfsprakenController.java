package nl.casusregie.afspraken;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Afspraken", description = "De afspraken die de eigen organisatie moet uitvoeren")
@SecurityRequirement(name = "basic")
public class AfsprakenController {

    private final AfsprakenService service;

    public AfsprakenController(AfsprakenService service) {
        this.service = service;
    }

    @GetMapping("/api/afspraken")
    @Operation(summary = "Afspraken van mijn organisatie",
            description = "De afspraken uit focusoverleggen van het eigen Zorg- en Veiligheidshuis waarin een partnergroep "
                    + "van de gebruiker als uitvoerder staat: open afspraken eerst, op deadline. Een afspraak uit het "
                    + "OM-deel van een overleg staat er alleen voor de uitvoerende partner, met uitOmDeel: niet delen met "
                    + "cliënten of andere partners. Ook met de sessie van "
                    + "Tasklist (GET met de kop X-Requested-With). Elk lezen wordt per casus vastgelegd in het auditlog.")
    public List<AfspraakVanPartner> afspraken() {
        return service.vanMijnOrganisatie();
    }
}
