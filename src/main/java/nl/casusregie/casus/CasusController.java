package nl.casusregie.casus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casussen")
@Tag(name = "Casus", description = "De stand van een casus in het eigen Zorg- en Veiligheidshuis")
@SecurityRequirement(name = "basic")
public class CasusController {

    /** Where a case stands; no personal data. */
    public record CasusStand(String nummer, CasusStatus status, String aanpak, Integer fase, String casusregisseur,
                             LocalDateTime aangemaaktOp, LocalDateTime afgeslotenOp) {
    }

    private final CasusRepository casussen;
    private final CasusService casusService;
    private final CurrentUser currentUser;

    public CasusController(CasusRepository casussen, CasusService casusService, CurrentUser currentUser) {
        this.casussen = casussen;
        this.casusService = casusService;
        this.currentUser = currentUser;
    }

    @GetMapping("/{nummer}")
    @Operation(summary = "Stand van een casus", description = "Alleen casussen van het eigen huis zijn zichtbaar.")
    public CasusStand stand(@PathVariable String nummer) {
        Casus casus = casussen.findByNummer(currentUser.huis(), nummer).orElseThrow(() -> new CasusNietGevondenException(nummer));
        return new CasusStand(casus.nummer(), casus.status(), casus.aanpak(), casus.fase(), casus.casusregisseur(),
                casus.aangemaaktOp(), casus.afgeslotenOp());
    }

    @PostMapping("/{nummer}/casusregie-beeindigd")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Betrokkenheid casusregisseur beëindigd",
            description = "De procesregisseur krijgt meteen de taak een nieuwe casusregisseur aan te wijzen; "
                    + "open taken van de casus gaan naar de opvolger. Alleen voor de procesregisseur.")
    public void casusregieBeeindigd(@PathVariable String nummer) {
        currentUser.require(PartnerGroup.PROCESREGISSEUR, "Alleen de procesregisseur kan de casusregie beëindigen.");
        casusService.beeindigCasusregie(currentUser.huis(), nummer, currentUser.userId());
    }
}
