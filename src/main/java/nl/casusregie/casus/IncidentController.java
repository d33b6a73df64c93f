package nl.casusregie.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.casusregie.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partner taking part in a case reports a new incident on it. The case then goes back to phase 1
 * and the chair decides on an earlier meeting; the engine acts after this endpoint checked the
 * user's house and part in the case (nobody correlates messages over /engine-rest).
 */
@RestController
@RequestMapping("/api/casussen")
@Tag(name = "Incident", description = "Een nieuw incident bij een lopende casus")
@SecurityRequirement(name = "basic")
public class IncidentController {

    @Schema(description = "Een nieuw incident bij de casus")
    public record IncidentRequest(
            @Schema(description = "Wat er gebeurd is: wat, wanneer en wie het zag (verplicht, ten hoogste 8000 tekens)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
            @Schema(description = "Eigen kenmerk van de melding (ten hoogste 200 tekens), bijvoorbeeld het registratienummer: "
                    + "hetzelfde kenmerk nog eens gemeld telt niet opnieuw. Zonder kenmerk is elke melding nieuw.")
            String sleutel) {
    }

    @Schema(description = "Wat er met de melding is gebeurd")
    public record IncidentResponse(String casusnummer, IncidentStatus status, String melding) {
    }

    private final CasusRepository casussen;
    private final IncidentService service;
    private final Deelnemers deelnemers;
    private final CurrentUser currentUser;

    public IncidentController(CasusRepository casussen, IncidentService service, Deelnemers deelnemers,
                              CurrentUser currentUser) {
        this.casussen = casussen;
        this.service = service;
        this.deelnemers = deelnemers;
        this.currentUser = currentUser;
    }

    @PostMapping("/{nummer}/incidenten")
    @Operation(summary = "Nieuw incident melden",
            description = "Voor de procesregisseur, de casusregisseur van de casus en de partners die aan de casus "
                    + "deelnemen (de aanmelder, wie voor een overleg is uitgenodigd of in een afspraak genoemd, wie eerder "
                    + "een incident meldde), in het eigen huis. De casus gaat terug naar fase 1 (directe veiligheid), de "
                    + "procesregisseur krijgt de taak 'Nieuw incident: overleg vervroegen' en de deelnemende partners en de "
                    + "casusregisseur de taak 'Nieuw incident: kennisnemen'. Wacht de casus nog op triage, dan weegt het "
                    + "incident mee in het triagebesluit (status IN_TRIAGE) en horen alleen de deelnemende partners het. "
                    + "Een casus die niet loopt krijgt geen incident: "
                    + "meld het huishouden dan aan (POST /api/aanmeldingen); heeft het huishouden een lopende casus, dan "
                    + "wordt die aanmelding daar een nieuw incident. Elke melding staat in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Incident toegevoegd aan de lopende casus, of aan de casus die op triage wacht")
    @ApiResponse(responseCode = "200", description = "Dit kenmerk was al gemeld bij deze casus; er is niets opnieuw gebeurd")
    @ApiResponse(responseCode = "400", description = "Ongeldige melding: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "403", description = "Geen deelnemer aan deze casus, of geen partnerprofessional")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit nummer in het eigen huis")
    @ApiResponse(responseCode = "409", description = "De casus loopt niet (niet opgepakt, afgesloten of in nazorg): "
            + "meld het huishouden aan")
    public ResponseEntity<IncidentResponse> meld(@PathVariable String nummer, @RequestBody IncidentRequest melding) {
        String huis = currentUser.huis();
        Casus casus = casussen.findByNummer(huis, nummer).orElseThrow(() -> new CasusNietGevondenException(nummer));
        if (!deelnemers.neemtDeel(currentUser.userId(), currentUser.groups(), casus)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen de procesregisseur, de casusregisseur van "
                    + "deze casus en partners die aan de casus deelnemen kunnen er een incident bij melden.");
        }
        String sleutel = melding.sleutel() == null || melding.sleutel().isBlank()
                ? "melding-" + UUID.randomUUID() : melding.sleutel();
        IncidentService.Uitkomst uitkomst = service.meld(new IncidentService.Incident(casus.nummer(), huis,
                IncidentBron.vanPartner(currentUser.partnerGroep()), melding.omschrijving(), sleutel));
        IncidentResponse antwoord = new IncidentResponse(uitkomst.casusnummer(), uitkomst.status(), uitkomst.melding());
        return switch (uitkomst.status()) {
            case NIEUW, IN_TRIAGE -> ResponseEntity.created(URI.create("/api/casussen/" + casus.nummer() + "/dossier")).body(antwoord);
            case AL_BEKEND -> ResponseEntity.ok(antwoord);
            case GEEN_LOPENDE_CASUS -> throw new ResponseStatusException(HttpStatus.CONFLICT, uitkomst.melding());
        };
    }
}
