package nl.casusregie.actieoverleg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.platform.PlausibeleDatum;

/** One person involved, as the reporter names them. Sizes are the columns'. */
public record Betrokkene(
        @NotBlank(message = "vul de naam in") @Size(max = 200, message = "is langer dan {max} tekens") String naam,
        @Past(message = "ligt niet in het verleden") @PlausibeleDatum LocalDate geboortedatum,
        @NotNull(message = "kies pleger, slachtoffer of kind") BetrokkeneRol rol) {
}
