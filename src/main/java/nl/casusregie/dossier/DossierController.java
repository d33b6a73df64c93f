package nl.casusregie.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Dossier", description = "Het dossier van een casus: huishouden, aanmelding, besluiten, overleggen, terugkoppeling")
@SecurityRequirement(name = "basic")
public class DossierController {

    private final DossierService service;

    public DossierController(DossierService service) {
        this.service = service;
    }

    @GetMapping("/casussen/{nummer}/dossier")
    @Operation(summary = "Dossier van een casus",
            description = "Nieuwste eerst; bij elk onderdeel de partner die het inbracht. Elk focusoverleg volledig: "
                    + "datum, opzet, voorbereiding per gezinslid, inbreng per partner met de grondslag (bij geweigerde "
                    + "toestemming de weigering in plaats van de informatie), de delen van het overleg met beeld, oordeel, "
                    + "scores en afspraken en bodemeisen, het volgende overleg. De procesregisseur, de casusregisseur van "
                    + "de casus en de partners die aan de casus deelnemen (de aanmelder, wie voor een overleg is "
                    + "uitgenodigd, en wie in een afspraak genoemd is) lezen het hele dossier; een leidinggevende leest "
                    + "het zonder persoonsgegevens (leesrecht ZONDER_PERSOONSGEGEVENS). Wat in een OM-deel is besproken, "
                    + "lezen alleen het OM en de procesregisseur; voor anderen staat alleen de plaats en soort van dat deel "
                    + "in het antwoord (afgeschermd). Elk lezen wordt vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "200", description = "Het dossier, zo ver de gebruiker het mag lezen")
    @ApiResponse(responseCode = "404", description = "Geen casus van het eigen huis die de gebruiker mag lezen")
    public Dossier dossier(@PathVariable String nummer) {
        return service.lees(nummer);
    }

    @GetMapping("/taken/{taakId}/dossier")
    @Operation(summary = "Dossier van de casus van een taak",
            description = "Hetzelfde dossier, voor de casus waar een taak van de gebruiker bij hoort (het tabblad "
                    + "Dossier in Tasklist). Ook met de sessie van Tasklist, voor lezen (GET) met de kop "
                    + "X-Requested-With.")
    @ApiResponse(responseCode = "200", description = "Het dossier, zo ver de gebruiker het mag lezen")
    @ApiResponse(responseCode = "404", description = "Geen taak die de gebruiker ziet, of een dossier dat hij niet mag lezen")
    public Dossier dossierVanTaak(@PathVariable String taakId) {
        return service.leesVoorTaak(taakId);
    }
}
