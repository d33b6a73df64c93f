package nl.casusregie.huishouden;

import java.time.LocalDate;
import java.time.Period;

/** A member of a household as known to the house. */
public record Huishoudlid(String naam, LocalDate geboortedatum, Integer leeftijd, Rol rol, String taal,
                          boolean tolkNodig) {

    /** Lower case, single spaces: how names are compared when looking for a known household. */
    public static String naamSleutel(String naam) {
        return naam.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isMinderjarig(LocalDate vandaag) {
        if (rol == Rol.KIND) {
            return true;
        }
        if (geboortedatum != null) {
            return Period.between(geboortedatum, vandaag).getYears() < 18;
        }
        return leeftijd != null && leeftijd < 18;
    }
}
