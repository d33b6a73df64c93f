package nl.casusregie.brief;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Brieven", description = "Brieven aan de cliënten na een focusoverleg, als PDF")
@SecurityRequirement(name = "basic")
public class ClientbriefController {

    private final ClientbriefService service;

    public ClientbriefController(ClientbriefService service) {
        this.service = service;
    }

    @GetMapping("/casussen/{nummer}/brieven/{id}")
    @Operation(summary = "Brief aan de cliënten",
            description = "De brief zoals hij gemaakt is (PDF/UA en PDF/A, in eenvoudig Nederlands): wat het "
                    + "focusoverleg heeft afgesproken, zonder wat in het deel met het Openbaar Ministerie is gezegd. "
                    + "Voor wie het hele dossier van de casus mag lezen (dezelfde regel als het dossier). Ook met de "
                    + "sessie van Tasklist, voor lezen (GET) met de kop X-Requested-With. Elk lezen wordt vastgelegd "
                    + "in het auditlog. De lijst van brieven staat in het dossier (brieven).")
    @ApiResponse(responseCode = "200", description = "De brief, als bijlage (bestandsnaam met casusnummer en datum)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "De gebruiker leest het dossier alleen zonder persoonsgegevens")
    @ApiResponse(responseCode = "404", description = "Geen casus van het eigen huis die de gebruiker mag lezen, "
            + "of geen brief van deze casus")
    public ResponseEntity<byte[]> brief(@PathVariable String nummer, @PathVariable long id) {
        ClientbriefService.Bestand brief = service.lees(nummer, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(brief.naam()).build().toString())
                .body(brief.pdf());
    }
}
