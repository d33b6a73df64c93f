package nl.casusregie.woorden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.casusregie.overleg.BodemeisUitkomst;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WoordenlijstTest {

    private final Woordenlijst woorden = new Woordenlijst(new ObjectMapper());

    @Test
    @DisplayName("a code chosen in a form reads as the option the user chose it by")
    void formOptions() {
        assertThat(woorden.woord("aanpak", "REGULIER")).isEqualTo("Reguliere aanpak");
        assertThat(woorden.woord("aanpak", "MDA++")).isEqualTo("MDA++ (multidisciplinaire aanpak)");
        assertThat(woorden.woord("verwijzing", "VEILIG_THUIS")).isEqualTo("Veilig Thuis");
        assertThat(woorden.woord("geweldsvormen", "INTIEME_TERREUR")).isEqualTo("Intieme terreur / dwingende controle");
        assertThat(woorden.woord("rol", "MOGELIJKE_PLEGER")).isEqualTo("Mogelijke pleger");
    }

    @Test
    @DisplayName("partner groups, case statuses, decisions, outcomes, meeting parts and bases for sharing have their words too")
    void ownWords() {
        assertThat(woorden.woord("partner", "veiligthuis")).isEqualTo("Veilig Thuis");
        assertThat(woorden.woord("partner", "clienten")).as("an agreement for the clients").isEqualTo("De cliënten zelf");
        assertThat(woorden.woord("status", "NAZORG")).isEqualTo("Afgesloten, in nazorg");
        assertThat(woorden.woord("besluit", "FASE")).isEqualTo("Vervolg na focusoverleg");
        assertThat(woorden.woord("uitkomst", "AFGEKEURD")).isEqualTo("Afgekeurd");
        assertThat(woorden.woord("besluit", "BODEMEIS")).isEqualTo("Fase terug: bodemeis geschonden");
        assertThat(woorden.woord("segment", "OM")).isEqualTo("OM-deel, zonder cliënten");
        assertThat(woorden.woord("grondslag", "GEWEIGERD")).isEqualTo("Toestemming geweigerd");
    }

    @Test
    @DisplayName("a new report's route, trigger and region read as Dutch words")
    void entryRoute() {
        assertThat(woorden.woord("instroomroute", "ACTIE_OVERLEG")).isEqualTo("Actie-Overleg van Veilig Thuis, politie en OM");
        assertThat(woorden.woord("instroomroute", "ZVH_TRIAGE")).isEqualTo("Weegoverleg van het Zorg- en Veiligheidshuis");
        assertThat(woorden.woord("soortMelding", "ZORG")).isEqualTo("Zorgsignaal (huisarts, ziekenhuis, ggz, school)");
        assertThat(woorden.woord("regio", "ZUID_LIMBURG")).isEqualTo("Zuid-Limburg");
    }

    @Test
    @DisplayName("a ZSM deepening case's status and the officer's decision read as Dutch words")
    void zsm() {
        assertThat(woorden.woord("zsmStatus", "OVERGEDRAGEN")).isEqualTo("Overgedragen");
        assertThat(woorden.woord("zsmBesluit", "TERMIJNZAAK")).isEqualTo("Termijnzaak");
        assertThat(woorden.woord("officierBesluit", "SEPOT_MET_BRIEF")).isEqualTo("Sepot met persoonlijke brief");
    }

    @Test
    @DisplayName("an agreement's status reads as the owner's outcome, and a minimum condition's as the guard's")
    void agreementStatuses() {
        assertThat(woorden.woord("afspraakstatus", "OPEN")).isEqualTo("Open");
        assertThat(woorden.woord("afspraakstatus", "OMSTANDIGHEDEN_GEWIJZIGD")).isEqualTo("Niet gedaan: de omstandigheden zijn veranderd");
        assertThat(woorden.woord("afspraakstatus", "NAGELEEFD")).isEqualTo("Nageleefd tot de deadline");
        assertThat(woorden.woord("afspraakstatus", "GESCHONDEN")).isEqualTo("Geschonden");
        assertThat(woorden.alle().get("afspraakstatus")).containsKeys(
                java.util.Arrays.stream(BodemeisUitkomst.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    @DisplayName("an unknown code is shown as it is, rather than hidden; no value stays no value")
    void unknown() {
        assertThat(woorden.woord("aanpak", "NIEUW")).isEqualTo("NIEUW");
        assertThat(woorden.woord("onbekend", "X")).isEqualTo("X");
        assertThat(woorden.woord("aanpak", null)).isNull();
    }
}
