package nl.casusregie.overleg;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.platform.PlausibeleDatum;

/** An agreement, or a minimum condition (bodemeis) with its guard: who (which partner, or the clients) does what, by when, and why. Sizes are the columns'. */
public record Afspraak(
        @NotBlank(message = "kies de soort afspraak") @Size(max = 32, message = "is langer dan {max} tekens") String soort,
        @NotBlank(message = "kies de partner die de afspraak uitvoert") @Size(max = 32, message = "is langer dan {max} tekens")
        String partner,
        @NotBlank(message = "beschrijf wat er gebeurt") @Size(max = 2000, message = "is langer dan {max} tekens") String wat,
        @NotNull(message = "geef een datum vanaf vandaag") @FutureOrPresent(message = "geef een datum vanaf vandaag")
        @PlausibeleDatum(jarenVooruit = 5) LocalDate deadline,
        @NotBlank(message = "zeg waarom deze afspraak nodig is") @Size(max = 2000, message = "is langer dan {max} tekens")
        String waarom,
        Boolean bodemeis) {
}
