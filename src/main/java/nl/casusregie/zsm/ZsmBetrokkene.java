package nl.casusregie.zsm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.huishouden.Rol;

/** One person involved in a ZSM case, as the entry names them (a row betrokkeneN of the start form). */
public record ZsmBetrokkene(
        @NotBlank(message = "noem de naam") @Size(max = 200, message = "is langer dan {max} tekens") String naam,
        LocalDate geboortedatum,
        @NotNull(message = "kies de rol in de zaak") Rol rol) {
}
