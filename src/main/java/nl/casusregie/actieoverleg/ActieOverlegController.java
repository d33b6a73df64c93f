package nl.casusregie.actieoverleg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.casusregie.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Veilig Thuis and the police bring a case to the Actie-Overleg. Nobody starts actie-overleg over
 * /engine-rest; this endpoint checks the role and the house, and then has the engine act.
 */
@RestController
@RequestMapping("/api/actie-overleggen")
@Tag(name = "Actie-Overleg", description = "Casussen voor het wekelijkse Actie-Overleg van Veilig Thuis, politie en OM")
@SecurityRequirement(name = "basic")
public class ActieOverlegController {

    private final ActieOverlegMelding melding;
    private final CurrentUser currentUser;

    ActieOverlegController(ActieOverlegMelding melding, CurrentUser currentUser) {
        this.melding = melding;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Casus aanmelden voor het Actie-Overleg",
            description = "Dreigend gevaar terwijl er geen verdachte is aangehouden, en altijd bij stalking: de casus komt op de "
                    + "eerstvolgende open sessie van het Actie-Overleg van het eigen Zorg- en Veiligheidshuis. Vóór de sessie "
                    + "bundelen Veilig Thuis en de politie hun feiten; in de sessie besluit de officier. De casus hoort bij het "
                    + "dossier van het huishouden (bekend bij naam én geboortedatum, of nieuw); loopt daar een casus, dan is de "
                    + "aanmelding daar ook een nieuw incident. Alleen voor Veilig Thuis en de politie.")
    @ApiResponse(responseCode = "201", description = "Aangemeld; het proces actie-overleg is gestart")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Niet Veilig Thuis of de politie, of niet aan precies één huis gekoppeld")
    public ResponseEntity<ActieOverlegMelding.Gemeld> meld(@RequestBody ActieOverlegRequest verzoek) {
        String partner = melder();
        ActieOverlegMelding.Gemeld gemeld = melding.meld(verzoek, currentUser.userId(), partner, currentUser.huis());
        return ResponseEntity.created(URI.create("/api/actie-overleggen/" + gemeld.nummer())).body(gemeld);
    }

    /** Veilig Thuis or the police, as whom the user reports. */
    private String melder() {
        return ActieOverlegMelding.melder(currentUser.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, ActieOverlegMelding.ALLEEN_MELDERS));
    }
}
