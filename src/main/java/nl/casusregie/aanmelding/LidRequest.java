package nl.casusregie.aanmelding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.platform.PlausibeleDatum;

/**
 * A member of the household as the referrer knows them. Messages follow the field's label
 * from the form ("Lid 3, Geboortedatum: ligt in de toekomst"); sizes are the columns'.
 */
public record LidRequest(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is langer dan {max} tekens") String naam,
        @PlausibeleDatum LocalDate geboortedatum,
        @Min(value = 0, message = "kan niet negatief zijn") @Max(value = 120, message = "is hoger dan {value}") Integer leeftijd,
        @NotNull(message = "is verplicht (MOGELIJKE_PLEGER, SLACHTOFFER, PLEGER_EN_SLACHTOFFER, KIND of ANDERS)") Rol rol,
        @Size(max = 64, message = "is langer dan {max} tekens") String taal,
        Boolean tolkNodig) {

    Huishoudlid toHuishoudlid() {
        return new Huishoudlid(naam.trim(), geboortedatum, leeftijd, rol, taal, Boolean.TRUE.equals(tolkNodig));
    }
}
