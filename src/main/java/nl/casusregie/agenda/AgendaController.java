package nl.casusregie.agenda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reading a session-based table's agenda; the processes of the tables put cases on it (AgendaService). */
@RestController
@RequestMapping("/api/agenda")
@Tag(name = "Agenda", description = "De agenda van de tafels die in sessies vergaderen: ZSM-verdiepingsoverleg en Actie-Overleg")
@SecurityRequirement(name = "basic")
public class AgendaController {

    private static final int MAX_WEKEN = 26;

    private final AgendaLezer lezer;
    private final CurrentUser currentUser;

    AgendaController(AgendaLezer lezer, CurrentUser currentUser) {
        this.lezer = lezer;
        this.currentUser = currentUser;
    }

    @GetMapping("/{tafel}")
    @Operation(summary = "Agenda van een tafel",
            description = "De sessies van de tafel in het eigen Zorg- en Veiligheidshuis, van de sessie die nu loopt tot het "
                    + "aantal weken vooruit (ook lege sessies, zodat vrije plaatsen te zien zijn), en elke latere sessie waar al "
                    + "een casus op staat. Per sessie: begin en einde, hoeveel plaatsen bezet zijn van het maximum, of de "
                    + "agenda al gesloten is, en de casussen erop: alleen hun verwijzing, of ze terug op de agenda zijn gezet, "
                    + "hoe vaak, en met welke redenen. Voor de groepen die aan de tafel zitten (ZSM-verdiepingsoverleg: om, "
                    + "politie, reclassering, rvdk, slachtofferhulp, halt, veiligthuis; Actie-Overleg: veiligthuis, politie, "
                    + "om, reclassering, rvdk) en de procesregisseur; een leidinggevende leest de agenda zonder de "
                    + "toelichtingen (afgeschermd). Elk lezen wordt vastgelegd in het auditlog.")
    @ApiResponse(responseCode = "200", description = "De agenda van het eigen huis")
    @ApiResponse(responseCode = "400", description = "Aantal weken buiten 1 tot en met 26")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd")
    @ApiResponse(responseCode = "403", description = "Zit niet aan deze tafel, of niet aan precies één huis gekoppeld")
    @ApiResponse(responseCode = "404", description = "Geen tafel met sessies met deze naam")
    public AgendaOverzicht agenda(
            @Parameter(description = "De tafel: zsm-verdieping of actie-overleg") @PathVariable String tafel,
            @Parameter(description = "Zoveel weken vooruit (1 tot en met 26)") @RequestParam(defaultValue = "4") int weken) {
        Tafel gevraagd = Tafel.vanCode(tafel).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Geen tafel met sessies met de naam " + tafel + "."));
        Leesrecht recht = AgendaLeesrecht.voor(gevraagd, currentUser.groups()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.FORBIDDEN, "Alleen wie aan het " + gevraagd.label() + " zit, leest de agenda ervan."));
        if (weken < 1 || weken > MAX_WEKEN) {
            throw new OngeldigeInvoerException("weken", "Weken: kies 1 tot en met " + MAX_WEKEN + ".");
        }
        return lezer.lees(gevraagd, currentUser.huis(), recht, weken);
    }
}
