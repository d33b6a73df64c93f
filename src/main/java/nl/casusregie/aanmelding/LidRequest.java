package nl.casusregie.aanmelding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.huishouden.Rol;

/** A member of the household as the referrer knows them. */
public record LidRequest(
        @NotBlank(message = "naam is verplicht") @Size(max = 200, message = "naam is langer dan 200 tekens") String naam,
        @PastOrPresent(message = "geboortedatum ligt in de toekomst") LocalDate geboortedatum,
        @Min(value = 0, message = "leeftijd kan niet negatief zijn") @Max(value = 120, message = "leeftijd is hoger dan 120") Integer leeftijd,
        @NotNull(message = "rol is verplicht (MOGELIJKE_PLEGER, SLACHTOFFER, KIND of ANDERS)") Rol rol,
        @Size(max = 64, message = "taal is langer dan 64 tekens") String taal,
        Boolean tolkNodig) {

    Huishoudlid toHuishoudlid() {
        return new Huishoudlid(naam.trim(), geboortedatum, leeftijd, rol, taal, Boolean.TRUE.equals(tolkNodig));
    }
}
