package nl.casusregie.aanmelding;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/aanmeldingen")
@Tag(name = "Aanmelding", description = "Een huishouden aanmelden bij het Zorg- en Veiligheidshuis")
@SecurityRequirement(name = "basic")
public class AanmeldingController {

    /**
     * What the referrer gets back: the new case number and whether the household was known to the
     * house (issue 7: the referrer hears back). Only yes or no: which cases, and what they were
     * about, stay for the procesregisseur at triage. The answer comes only with a real referral,
     * stored, audited and triaged, so asking costs a case the house sees.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AanmeldingResponse(String casusnummer, boolean bekendHuishouden,
                                     @Schema(description = "Alleen als het huishouden een lopende casus heeft: true, de "
                                             + "aanmelding is daar een nieuw incident geworden (geen tweede casus)")
                                     Boolean nieuwIncident,
                                     @Schema(description = "Alleen bij een nieuw incident: wat er met de aanmelding is gebeurd")
                                     String melding) {
    }

    private final AanmeldingService service;
    private final CurrentUser currentUser;

    public AanmeldingController(AanmeldingService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    /** Checked by the service, like a referral from the start form. */
    @PostMapping
    @Operation(summary = "Huishouden aanmelden",
            description = "Slaat de aanmelding op, koppelt haar aan een bekend huishouden als een lid met dezelfde naam "
                    + "én geboortedatum al bekend is, en start de casus (zvh-casus) met het casusnummer als business key. "
                    + "Het antwoord zegt of het huishouden al bekend was (ja of nee); de eerdere casussen ziet alleen de "
                    + "procesregisseur bij de triage. Alleen de leden van "
                    + "het huishouden zijn verplicht. Heeft het huishouden (zelfde naam én geboortedatum) een lopende "
                    + "casus, dan wordt de aanmelding geen tweede casus maar een nieuw incident bij die casus: het "
                    + "antwoord (200) noemt dat casusnummer, met nieuwIncident true.")
    @ApiResponse(responseCode = "201", description = "Aanmelding opgeslagen en casus gestart")
    @ApiResponse(responseCode = "200", description = "Het huishouden heeft een lopende casus: de aanmelding is daar als "
            + "nieuw incident toegevoegd")
    @ApiResponse(responseCode = "400", description = "Ongeldige aanmelding: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Geen partnerprofessional van een huis")
    public ResponseEntity<AanmeldingResponse> meldAan(@RequestBody AanmeldingRequest aanmelding) {
        Aanmelder aanmelder = new Aanmelder(currentUser.userId(), currentUser.partnerGroep(), currentUser.huis());
        Registratie registratie = service.meldAan(aanmelding, aanmelder);
        Casus casus = registratie.casus();
        if (registratie.nieuwIncident()) {
            return ResponseEntity.ok(new AanmeldingResponse(casus.nummer(), true, true, "Dit huishouden heeft een lopende "
                    + "casus, " + casus.nummer() + ": uw aanmelding is daaraan toegevoegd als nieuw incident. Er is geen "
                    + "tweede casus gestart; " + (casus.status() == CasusStatus.AANGEMELD
                    ? "de casus wacht nog op triage en uw aanmelding weegt daarin mee."
                    : "de procesregisseur beslist over een vervroegd overleg.")));
        }
        return ResponseEntity.created(URI.create("/api/casussen/" + casus.nummer()))
                .body(new AanmeldingResponse(casus.nummer(), registratie.bekendHuishouden(), null, null));
    }
}
