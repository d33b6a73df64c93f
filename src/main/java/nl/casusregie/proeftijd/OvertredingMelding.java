package nl.casusregie.proeftijd;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A breach reported at any moment, over the API: which condition in force (its id, as the case file
 * lists it; none for the general condition, no new offence) and what happened.
 */
public record OvertredingMelding(
        Long voorwaardeId,
        @NotBlank(message = "wat: beschrijf wat er gebeurd is (wat, wanneer en wie het zag)")
        @Size(max = 2000, message = "wat: is langer dan {max} tekens") String wat) {
}
