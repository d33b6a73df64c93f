package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.aanmelding.Geweldsvorm;
import nl.casusregie.casus.Aanpak;
import nl.casusregie.casus.Verwijzing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WoordenTest {

    @Test
    @DisplayName("codes are shown as the Dutch words the forms use; an unknown code as it is")
    void codesAsWords() {
        assertThat(Woorden.woord(Aanpak.class, "REGULIER")).isEqualTo("Reguliere aanpak");
        assertThat(Woorden.woord(Aanpak.class, "MDA++")).isEqualTo("MDA++");
        assertThat(Woorden.woord(Verwijzing.class, "VEILIG_THUIS")).isEqualTo("Veilig Thuis");
        assertThat(Woorden.woord(PartnerGroup.class, "rvdk")).isEqualTo("Raad voor de Kinderbescherming");
        assertThat(Woorden.woord(PartnerGroup.class, "onbekend")).isEqualTo("onbekend");
        assertThat(Woorden.woord(Aanpak.class, null)).isNull();
        assertThat(Woorden.woorden(Geweldsvorm.class, List.of("FYSIEK", "STALKING", "SEKSUEEL")))
                .isEqualTo("Lichamelijk geweld, Stalking en Seksueel geweld");
    }

    @Test
    @DisplayName("a triage outcome reads as a sentence: the approach, or where the household was referred")
    void triageOutcome() {
        assertThat(Aanpak.triageUitkomstInWoorden("REGULIER")).isEqualTo("Reguliere aanpak");
        assertThat(Aanpak.triageUitkomstInWoorden("NIET_OPPAKKEN -> LOKAAL_TEAM"))
                .isEqualTo("Niet opgepakt: verwezen naar Lokaal (wijk)team");
    }

    @Test
    @DisplayName("dates in Dutch, lists joined with 'en'")
    void datesAndLists() {
        assertThat(Woorden.datum(LocalDate.of(2026, 3, 3))).isEqualTo("3 maart 2026");
        assertThat(Woorden.datum(LocalDateTime.of(2025, 12, 24, 23, 59))).isEqualTo("24 december 2025");
        assertThat(Woorden.opsomming(List.of())).isEmpty();
        assertThat(Woorden.opsomming(List.of("a"))).isEqualTo("a");
        assertThat(Woorden.opsomming(List.of("a", "b", "c"))).isEqualTo("a, b en c");
        assertThat(Woorden.jaNee(null)).isEqualTo("onbekend");
    }
}
