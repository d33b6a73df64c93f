package nl.casusregie.zsm;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import nl.casusregie.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A ZSM partner puts a case forward for the deepening session (as the Tasklist start form does); its records are read here. */
@RestController
@RequestMapping("/api/zsm-verdiepingen")
@Tag(name = "ZSM-verdieping", description = "Zaken inbrengen voor het ZSM-verdiepingsoverleg, door de ZSM-partners")
@SecurityRequirement(name = "basic")
public class ZsmController {

    /** What the partner gets back: the case's number and the session it is on. */
    public record Ingebracht(String nummer, LocalDateTime sessieBegin) {
    }

    private final ZsmService service;
    private final ZsmDossierLezer dossier;
    private final ZsmBriefService brieven;
    private final CurrentUser currentUser;

    ZsmController(ZsmService service, ZsmDossierLezer dossier, ZsmBriefService brieven, CurrentUser currentUser) {
        this.service = service;
        this.dossier = dossier;
        this.brieven = brieven;
        this.currentUser = currentUser;
    }

    @GetMapping("/{nummer}/brieven/{id}")
    @Operation(summary = "Persoonlijke brief van een ZSM-besluit",
            description = "De brief zoals hij gemaakt is (PDF/UA en PDF/A) aan één betrokkene: alleen de tekst die de officier "
                    + "voor deze persoon schreef, met het besluit en het kenmerk; niets van wat de partners aanleverden, de "
                    + "duiding, de zorgen, de reden van inbreng of de vraag. Een andere taal dan Nederlands staat op de brief "
                    + "als de taal waarin hij vertaald wordt. Voor wie het ZSM-dossier volledig leest (de groepen aan tafel; "
                    + "de procesregisseur zodra de zaak is aangemeld). Ook met de sessie van Tasklist, voor lezen (GET) met de "
                    + "kop X-Requested-With. Elk lezen wordt vastgelegd in het auditlog. De lijst staat in het dossier (brieven).")
    @ApiResponse(responseCode = "200", description = "De brief, als bijlage",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "De gebruiker leest de zaak alleen zonder persoonsgegevens")
    @ApiResponse(responseCode = "404", description = "Geen ZSM-zaak die de gebruiker mag lezen in het eigen huis, of geen brief van deze zaak")
    public ResponseEntity<byte[]> brief(@Parameter(description = "Het nummer van de zaak") @PathVariable String nummer,
                                        @Parameter(description = "Het nummer van de brief, zoals het dossier het noemt") @PathVariable long id) {
        ZsmBriefService.Bestand brief = brieven.lees(currentUser.huis(), nummer, id, currentUser.groups());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(brief.naam()).build().toString())
                .body(brief.pdf());
    }

    @GetMapping("/{nummer}")
    @Operation(summary = "Dossier van een ZSM-zaak",
            description = "Wat is ingebracht (reden, vraag, betrokkenen), elke keer op de agenda met de redenen en toelichting "
                    + "van terugkeer, wat elke partner aanleverde (met de grond om te delen, of de geweigerde toestemming) en "
                    + "elke bespreking met het besluit van de officier. Voor de groepen aan de ZSM-tafel; voor de "
                    + "procesregisseur zodra de zaak is aangemeld bij het Zorg- en Veiligheidshuis; een leidinggevende leest "
                    + "wie wat wanneer besloot, zonder wat over personen is geschreven. Voor anderen bestaat de zaak niet. "
                    + "Elk lezen wordt vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "200", description = "Het dossier van de zaak")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "404", description = "Geen ZSM-zaak met dit nummer die u mag lezen in uw huis")
    public ZsmDossier lees(@Parameter(description = "Het nummer van de zaak, bijvoorbeeld ZSM-2026-000012") @PathVariable String nummer) {
        return dossier.lees(currentUser.huis(), nummer, currentUser.groups());
    }

    @PostMapping
    @Operation(summary = "Zaak inbrengen voor het verdiepingsoverleg",
            description = "Een ZSM-partner (OM, politie, reclassering, Raad voor de Kinderbescherming, Slachtofferhulp, Halt, "
                    + "Veilig Thuis) brengt een zaak in die 'buikpijn' geeft: de betrokkenen (naam, geboortedatum, rol), de "
                    + "reden (verplicht) en een concrete vraag (als die er is). Het huishouden wordt gezocht zoals bij een "
                    + "aanmelding (naam én geboortedatum). De zaak komt op de agenda van de eerstvolgende open sessie; de "
                    + "partners aan tafel leveren vóór de sessie informatie aan. Alleen in het eigen Zorg- en Veiligheidshuis.")
    @ApiResponse(responseCode = "201", description = "Zaak ingebracht en geagendeerd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Geen partner van het ZSM-verdiepingsoverleg")
    public ResponseEntity<Ingebracht> breng(@RequestBody ZsmInbreng inbreng) {
        if (ZsmService.groepAanTafel(currentUser.groups()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Alleen de partners van het ZSM-verdiepingsoverleg brengen een zaak in.");
        }
        ZsmRepository.Zaak zaak = service.start(currentUser.huis(), inbreng, currentUser.userId(), currentUser.groups());
        LocalDateTime sessie = service.agendapunt(zaak).map(p -> p.sessieBegin()).orElse(null);
        return ResponseEntity.created(URI.create("/api/zsm-verdiepingen/" + zaak.nummer())).body(new Ingebracht(zaak.nummer(), sessie));
    }
}
