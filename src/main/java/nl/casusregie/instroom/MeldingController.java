package nl.casusregie.instroom;

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

/** Police and Veilig Thuis enter a new report for routing (as the Tasklist start form Nieuwe melding does); it is read here. */
@RestController
@RequestMapping("/api/meldingen")
@Tag(name = "Nieuwe melding", description = "Nieuwe meldingen invoeren en naar de juiste tafel leiden (beslissing instroom-route)")
@SecurityRequirement(name = "basic")
public class MeldingController {

    /** What the reporter gets back: the report's number and the route the table advises. */
    public record Ingevoerd(String nummer, MeldingOverzicht.Route advies, String adviesReden) {
    }

    private final MeldingService service;
    private final MeldingLezer lezer;
    private final CurrentUser currentUser;

    MeldingController(MeldingService service, MeldingLezer lezer, CurrentUser currentUser) {
        this.service = service;
        this.lezer = lezer;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Nieuwe melding invoeren",
            description = "De politie of Veilig Thuis voert een nieuwe melding in: de betrokkenen (naam, geboortedatum, rol: "
                    + "PLEGER, SLACHTOFFER of KIND), wat er gebeurd is, en de feiten die de beslissing instroom-route leest "
                    + "(soort melding, acute onveiligheid, letsel bij een kind, stalking, verdachte gehoord of aangehouden, "
                    + "mensenhandel, dreigend gevaar: elk ja of nee en verplicht; regio alleen voor een regio met eigen regels). "
                    + "Het netwerk van het Actie-Overleg (proces actie-overleg) bepaalt de route; de melder krijgt de taak 'Route bevestigen' om het advies "
                    + "te volgen of met een reden een andere route te kiezen. Het huishouden wordt gezocht zoals bij een "
                    + "aanmelding (naam én geboortedatum). Alleen in het eigen Zorg- en Veiligheidshuis.")
    @ApiResponse(responseCode = "201", description = "Melding ingevoerd; het advies staat in het antwoord")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Niet de politie of Veilig Thuis, of niet aan precies één huis gekoppeld")
    public ResponseEntity<Ingevoerd> voerIn(@RequestBody MeldingRequest verzoek) {
        if (MeldingService.melderGroep(currentUser.groups()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen de politie en Veilig Thuis voeren een nieuwe melding in.");
        }
        MeldingRepository.Melding melding = service.start(currentUser.huis(), verzoek, currentUser.userId(), currentUser.groups());
        return ResponseEntity.created(URI.create("/api/meldingen/" + melding.nummer())).body(new Ingevoerd(melding.nummer(),
                Instroomroute.of(melding.adviesRoute()).map(r -> new MeldingOverzicht.Route(r.name(), r.label())).orElse(null),
                melding.adviesReden()));
    }

    @GetMapping("/{nummer}")
    @Operation(summary = "Een melding lezen",
            description = "De melding met de feiten, het advies van instroom-route en de reden, de gekozen route (een afwijking "
                    + "met de reden), wat de partners samen afspraken en wat de melding startte (casus, incident, ZSM-zaak of "
                    + "Actie-Overleg, met nummer). Voor de groep van de melder, en bij Samen op in Acuut of strafbare "
                    + "kindermishandeling voor de groepen die samen optreden. Voor anderen bestaat de melding niet. Elk lezen "
                    + "wordt vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "200", description = "De melding")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "404", description = "Geen melding met dit nummer die u mag lezen in uw huis")
    public MeldingOverzicht lees(@Parameter(description = "Het nummer van de melding, bijvoorbeeld MELD-2026-0012")
                                 @PathVariable String nummer) {
        return lezer.lees(currentUser.huis(), nummer, currentUser.groups());
    }
}
