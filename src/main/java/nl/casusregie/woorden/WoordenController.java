package nl.casusregie.woorden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Woorden", description = "De Nederlandse woorden bij de codes in de antwoorden van de API")
@SecurityRequirement(name = "basic")
public class WoordenController {

    private final Woordenlijst woordenlijst;

    public WoordenController(Woordenlijst woordenlijst) {
        this.woordenlijst = woordenlijst;
    }

    @GetMapping("/api/woorden")
    @Operation(summary = "Woordenlijst",
            description = "Per soort (een formulierveld zoals aanpak of geweldsvormen, of partner, status, besluit, "
                    + "uitkomst) de codes met hun woorden, zoals een professional ze leest.")
    public Map<String, Map<String, String>> woorden() {
        return woordenlijst.alle();
    }
}
