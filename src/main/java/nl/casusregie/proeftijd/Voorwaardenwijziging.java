package nl.casusregie.proeftijd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The conditions as the OM changes them after a breach (form overtreding-reageren), and the risk it now sees. */
public record Voorwaardenwijziging(
        @NotEmpty(message = "noem ten minste één voorwaarde")
        @Size(max = ProeftijdAanvraag.MAX_VOORWAARDEN, message = "noem ten hoogste {max} voorwaarden, zoals het formulier")
        List<@NotNull(message = "is leeg") @Valid VoorwaardeInvoer> voorwaarden,
        @NotNull(message = "kies laag, midden of hoog") Risico risico) {
}
