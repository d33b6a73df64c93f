package nl.casusregie.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's setting of when the decision on extension is due: an ISO-8601 duration after imposition. */
class BesluitTermijnTest {

    @ParameterizedTest
    @ValueSource(strings = {"P7D", " P6DT12H ", "PT36H"})
    @DisplayName("a positive duration is read as written")
    void durations(String waarde) {
        assertThat(BesluitTermijnBepalenListener.termijn(waarde)).isEqualTo(Duration.parse(waarde.trim()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7", "zeven dagen", "P0D", "-P1D", "P1M"})
    @DisplayName("anything else is a fault of the model, named for the process owner")
    void faults(String waarde) {
        assertThatThrownBy(() -> BesluitTermijnBepalenListener.termijn(waarde)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("besluitUiterlijkNaOplegging").hasMessageContaining("Besluiten over verlenging")
                .hasMessageContaining("zoals P7D");
    }
}
