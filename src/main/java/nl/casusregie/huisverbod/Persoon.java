package nl.casusregie.huisverbod;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.platform.PlausibeleDatum;

/** A person of an order, named as a referral names a member: the name, and the birth date when known. */
public record Persoon(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is langer dan {max} tekens") String naam,
        @PlausibeleDatum LocalDate geboortedatum) {
}
