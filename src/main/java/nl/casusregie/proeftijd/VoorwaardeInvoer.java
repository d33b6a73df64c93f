package nl.casusregie.proeftijd;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One condition as the OM words it: its kind and what it means for this person ("geen contact met ..."). */
public record VoorwaardeInvoer(
        @NotNull(message = "kies de soort voorwaarde") VoorwaardeSoort voorwaardeSoort,
        @NotBlank(message = "beschrijf de voorwaarde") @Size(max = 2000, message = "is langer dan {max} tekens") String omschrijving) {

    VoorwaardeInvoer genormaliseerd() {
        return new VoorwaardeInvoer(voorwaardeSoort, omschrijving.strip());
    }
}
