package nl.casusregie.huisverbod;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mayor's office (group gemeente) registers a temporary restraining order and lifts one early.
 * Nobody correlates the engine's messages over /engine-rest; these endpoints check the role and
 * the house, and then have the engine act.
 */
@RestController
@RequestMapping("/api/huisverboden")
@Tag(name = "Huisverbod", description = "Tijdelijk huisverbod: opleggen en intrekken, door de gemeente (de burgemeester)")
@SecurityRequirement(name = "basic")
public class HuisverbodController {

    private static final String ALLEEN_GEMEENTE = "Alleen de gemeente registreert en beëindigt een huisverbod.";

    private final HuisverbodRegistratie registratie;
    private final HuisverbodIntrekking intrekking;
    private final HuisverbodInvoer invoer;
    private final CurrentUser currentUser;

    HuisverbodController(HuisverbodRegistratie registratie, HuisverbodIntrekking intrekking, HuisverbodInvoer invoer,
                         CurrentUser currentUser) {
        this.registratie = registratie;
        this.intrekking = intrekking;
        this.invoer = invoer;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Huisverbod opgelegd",
            description = "Registreert een tijdelijk huisverbod dat de burgemeester heeft opgelegd, voor tien dagen vanaf het "
                    + "moment van opleggen, en start het proces huisverbod (bericht HuisverbodOpgelegd). Het huisverbod hoort bij "
                    + "de lopende casus van het huishouden: de casus met het opgegeven casusnummer, of anders de casus van het "
                    + "huishouden waarin iemand met dezelfde naam én geboortedatum al bekend is. Heeft het huishouden geen "
                    + "lopende casus, dan wordt het aangemeld (met triage zoals bij elke aanmelding) en hoort het huisverbod bij "
                    + "die nieuwe casus. Daarna: de gemeente start hulp voor de uithuisgeplaatste, Veilig Thuis voor de "
                    + "achterblijvers, en de gemeente besluit over verlenging (tot ten hoogste 28 dagen na het opleggen). "
                    + "Alleen voor de gemeente, in het eigen Zorg- en Veiligheidshuis.")
    @ApiResponse(responseCode = "201", description = "Huisverbod geregistreerd en proces gestart")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Niet de gemeente, of niet aan precies één huis gekoppeld")
    public ResponseEntity<HuisverbodRegistratie.Geregistreerd> registreer(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = HuisverbodRequest.class)))
            @RequestBody JsonNode huisverbod) {
        currentUser.require(PartnerGroup.GEMEENTE, ALLEEN_GEMEENTE);
        HuisverbodRegistratie.Geregistreerd geregistreerd = registratie.registreer(invoer.lees(huisverbod), currentUser.userId(),
                currentUser.huis());
        return ResponseEntity.created(URI.create("/api/huisverboden/" + geregistreerd.id())).body(geregistreerd);
    }

    @PostMapping("/{id}/intrekking")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Huisverbod ingetrokken",
            description = "De burgemeester trekt een lopend huisverbod eerder in, met een reden (verplicht). Het huisverbod "
                    + "eindigt meteen; openstaande taken over verlenging vervallen, en de casus komt op de agenda als nieuw "
                    + "incident. Alleen voor de gemeente, in het eigen Zorg- en Veiligheidshuis.")
    @ApiResponse(responseCode = "202", description = "Huisverbod ingetrokken")
    @ApiResponse(responseCode = "400", description = "Geen reden, of het huisverbod is al beëindigd; niets gewijzigd")
    @ApiResponse(responseCode = "403", description = "Niet de gemeente")
    @ApiResponse(responseCode = "404", description = "Geen huisverbod van het eigen huis met dit nummer")
    public void trekIn(@Parameter(description = "Het nummer van het huisverbod (id uit het antwoord bij het registreren)")
                       @PathVariable long id, @RequestBody IntrekkingRequest verzoek) {
        currentUser.require(PartnerGroup.GEMEENTE, ALLEEN_GEMEENTE);
        intrekking.trekIn(id, currentUser.huis(), verzoek, currentUser.userId());
    }
}
