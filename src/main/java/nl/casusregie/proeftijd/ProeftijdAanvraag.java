package nl.casusregie.proeftijd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A probation as the OM imposes it, over the API or the Tasklist start form proeftijd-starten
 * (whose field keys are these names; the case is named by the API's path or the form's
 * casusnummer). Messages follow the form's labels; sizes are the columns' (V9 migration).
 */
public record ProeftijdAanvraag(
        @NotNull(message = "kies voorwaardelijk sepot of voorwaardelijke straf") ProeftijdSoort proeftijdSoort,
        @NotNull(message = "is verplicht") LocalDate ingangsdatum,
        @NotNull(message = "is verplicht")
        @Min(value = 1, message = "is ten minste 1 maand")
        @Max(value = MAX_MAANDEN, message = "is ten hoogste {value} maanden (drie jaar)") Integer duurMaanden,
        @NotNull(message = "kies wie toezicht houdt") String toezichthouder,
        @NotNull(message = "kies laag, midden of hoog") Risico risico,
        @NotEmpty(message = "noem ten minste één voorwaarde")
        @Size(max = MAX_VOORWAARDEN, message = "noem ten hoogste {max} voorwaarden, zoals het formulier")
        List<@NotNull(message = "is leeg") @Valid VoorwaardeInvoer> voorwaarden) {

    /** A probation period is at most three years. */
    public static final int MAX_MAANDEN = 36;
    /** As many conditions as the forms have rows (Proeftijd.VOORWAARDE_RIJEN). */
    public static final int MAX_VOORWAARDEN = 5;
}
