package nl.casusregie.proeftijd;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.casusregie.casus.CasusNietGevondenException;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Proeftijd", description = "Een strafrechtelijke beslissing met proeftijd en voorwaarden, en overtredingen daarvan")
@SecurityRequirement(name = "basic")
public class ProeftijdController {

    /** The probation as imposed: its number (business key of its process), period and the ids of its conditions. */
    public record ProeftijdGestart(String proeftijdnummer, String casusnummer, LocalDate ingangsdatum, LocalDate einddatum,
                                   List<Long> voorwaarden) {
    }

    public record OvertredingGemeld(long overtredingId, String proeftijdnummer) {
    }

    private final ProeftijdService proeftijdService;
    private final ToezichtService toezichtService;
    private final ProeftijdRepository proeftijden;
    private final CasusRepository casussen;
    private final CurrentUser currentUser;

    public ProeftijdController(ProeftijdService proeftijdService, ToezichtService toezichtService,
                               ProeftijdRepository proeftijden, CasusRepository casussen, CurrentUser currentUser) {
        this.proeftijdService = proeftijdService;
        this.toezichtService = toezichtService;
        this.proeftijden = proeftijden;
        this.casussen = casussen;
        this.currentUser = currentUser;
    }

    @PostMapping("/casussen/{nummer}/proeftijden")
    @Operation(summary = "Proeftijd opleggen",
            description = "Het OM legt bij een lopende casus van het eigen huis een voorwaardelijk sepot of een voorwaardelijke "
                    + "straf op met een proeftijd (ten hoogste 36 maanden, begonnen en nog niet voorbij), één tot vijf "
                    + "voorwaarden, een toezichthouder (reclassering of jeugdbescherming) en het risico op herhaling "
                    + "(LAAG, MIDDEN, HOOG), waaruit opvolging-interval per voorwaarde bepaalt hoe vaak die gecontroleerd "
                    + "wordt. Start het proces proeftijd met het proeftijdnummer als business key. Alleen groep om; "
                    + "vastgelegd in het auditlog. Dezelfde controles als het startformulier Proeftijd starten.")
    @ApiResponse(responseCode = "201", description = "Proeftijd opgelegd; het toezicht loopt")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of een casus die niet loopt: een melding per veld; niets opgeslagen")
    @ApiResponse(responseCode = "403", description = "Geen lid van het OM")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit nummer in het eigen huis")
    public ResponseEntity<ProeftijdGestart> legOp(@PathVariable String nummer, @RequestBody ProeftijdAanvraag aanvraag) {
        currentUser.require(PartnerGroup.OM, "Alleen het Openbaar Ministerie legt een proeftijd op.");
        String huis = currentUser.huis();
        casussen.findByNummer(huis, nummer).orElseThrow(() -> new CasusNietGevondenException(nummer));
        ProeftijdRepository.Gegevens proeftijd = proeftijdService.start(huis, nummer, aanvraag, currentUser.userId(),
                currentUser.groups());
        return ResponseEntity.created(URI.create("/api/casussen/" + nummer + "/dossier"))
                .body(new ProeftijdGestart(proeftijd.nummer(), proeftijd.casusnummer(), proeftijd.ingangsdatum(),
                        proeftijd.einddatum(), proeftijden.geldend(proeftijd.id()).stream()
                                .map(ProeftijdRepository.Voorwaarde::id).toList()));
    }

    @PostMapping("/proeftijden/{nummer}/overtredingen")
    @Operation(summary = "Overtreding van een voorwaarde melden",
            description = "Meldt op elk moment tijdens de proeftijd een overtreding (bericht VoorwaardeOvertreden aan het "
                    + "proces proeftijd): voorwaardeId is een geldende voorwaarde van de proeftijd (zoals het dossier "
                    + "die noemt), leeg voor de algemene voorwaarde (geen nieuw strafbaar feit); wat is wat er gebeurde. "
                    + "De casus van het huishouden krijgt een nieuw incident (bron PROEFTIJD) en het OM krijgt de taak "
                    + "Reageren op overtreding. Alleen de toezichthouder van de proeftijd en het OM van het eigen huis; "
                    + "vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Overtreding vastgelegd; het OM reageert")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; niets opgeslagen")
    @ApiResponse(responseCode = "403", description = "Niet de toezichthouder van deze proeftijd en niet het OM")
    @ApiResponse(responseCode = "404", description = "Geen proeftijd met dit nummer in het eigen huis")
    @ApiResponse(responseCode = "409", description = "De proeftijd loopt niet meer")
    public ResponseEntity<OvertredingGemeld> meldOvertreding(@PathVariable String nummer,
                                                             @RequestBody OvertredingMelding melding) {
        long id = toezichtService.meldOvertreding(currentUser.huis(), nummer, melding, currentUser.userId(),
                currentUser.groups());
        return ResponseEntity.status(HttpStatus.CREATED).body(new OvertredingGemeld(id, nummer));
    }
}
