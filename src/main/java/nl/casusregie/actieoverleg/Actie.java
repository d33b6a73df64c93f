package nl.casusregie.actieoverleg;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.platform.PlausibeleDatum;

/** One action of the tactical plan: who (a partner group) does what, by when, and why. Sizes are the columns'. */
public record Actie(
        @NotBlank(message = "kies de partner die de actie uitvoert") @Size(max = 32, message = "is langer dan {max} tekens")
        String partner,
        @NotBlank(message = "beschrijf wat er gebeurt") @Size(max = 2000, message = "is langer dan {max} tekens") String wat,
        @NotNull(message = "geef een datum vanaf vandaag") @FutureOrPresent(message = "geef een datum vanaf vandaag")
        @PlausibeleDatum(jarenVooruit = 1) LocalDate deadline,
        @NotBlank(message = "zeg waarom deze actie nodig is") @Size(max = 2000, message = "is langer dan {max} tekens")
        String waarom) {
}
