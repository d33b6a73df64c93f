package nl.casusregie.overleg;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import nl.casusregie.platform.PlausibeleDatum;

/** The chair's plan of a round: when, whether the OM is needed, whether stalking or intimate terror plays, whom to invite. */
public record OverlegPlan(@NotNull(message = "kies de datum van het overleg")
                          @FutureOrPresent(message = "geef een datum vanaf vandaag")
                          @PlausibeleDatum(jarenVooruit = 1) LocalDate datum,
                          boolean omNodig,
                          boolean stalkingOfTerreur,
                          @NotEmpty(message = "nodig ten minste één partner uit") List<String> partners) {
}
