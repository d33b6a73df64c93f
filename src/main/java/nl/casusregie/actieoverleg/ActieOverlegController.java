package nl.casusregie.actieoverleg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.casusregie.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Veilig Thuis and the police bring a case to the Actie-Overleg (as the Tasklist start form does); its
 * records are read here. This endpoint checks the role and the house, and then has the engine act.
 */
@RestController
@RequestMapping("/api/actie-overleggen")
@Tag(name = "Actie-Overleg", description = "Casussen voor het wekelijkse Actie-Overleg van Veilig Thuis, politie en OM")
@SecurityRequirement(name = "basic")
public class ActieOverlegController {

    private final ActieOverlegMelding melding;
    private final ActieOverlegDossierLezer dossier;
    private final CurrentUser currentUser;

    ActieOverlegController(ActieOverlegMelding melding, ActieOverlegDossierLezer dossier, CurrentUser currentUser) {
        this.melding = melding;
        this.dossier = dossier;
        this.currentUser = currentUser;
    }

    @GetMapping("/{nummer}")
    @Operation(summary = "Dossier van een casus van het Actie-Overleg",
            description = "De melding (wat er gebeurde, stalking, betrokkenen), elke keer op de agenda met de reden en toelichting "
                    + "van terugkeer, de feiten die Veilig Thuis en de politie bundelden, de besluiten van elke sessie met hun "
                    + "redenen, het tactisch plan met wat er van elke actie werd, en de tafel waaraan de casus is overgedragen. "
                    + "Voor de groepen aan de tafel van het Actie-Overleg (Veilig Thuis, politie, OM, reclassering, Raad voor de "
                    + "Kinderbescherming); voor de procesregisseur zodra de casus aan het Zorg- en Veiligheidshuis is "
                    + "overgedragen; een leidinggevende leest wie wat wanneer besloot, zonder wat over personen is geschreven. "
                    + "Voor anderen bestaat de casus niet. Elk lezen wordt vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "200", description = "Het dossier van de casus")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "404", description = "Geen casus van het Actie-Overleg met dit nummer die u mag lezen in uw huis")
    public ActieOverlegDossier lees(@Parameter(description = "Het nummer van de casus, bijvoorbeeld AO-2026-0012") @PathVariable String nummer) {
        return dossier.lees(currentUser.huis(), nummer, currentUser.groups());
    }

    @PostMapping
    @Operation(summary = "Casus aanmelden voor het Actie-Overleg",
            description = "Dreigend gevaar terwijl er geen verdachte is aangehouden, en altijd bij stalking: de casus komt op de "
                    + "eerstvolgende open sessie van het Actie-Overleg van het eigen Zorg- en Veiligheidshuis. Vóór de sessie "
                    + "bundelen Veilig Thuis en de politie hun feiten; in de sessie besluit de officier. De casus hoort bij het "
                    + "dossier van het huishouden (bekend bij naam én geboortedatum, of nieuw); loopt daar een casus, dan is de "
                    + "aanmelding daar ook een nieuw incident. Alleen voor Veilig Thuis en de politie, als de tafel al gekozen "
                    + "is: een nieuwe melding waarvan de tafel nog niet vaststaat gaat via POST /api/meldingen (of het "
                    + "startformulier in Tasklist) en wordt eerst gerouteerd.")
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
