package nl.casusregie.overleg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.FutureOrPresent;
import java.time.LocalDate;
import java.util.List;
import nl.casusregie.platform.PlausibeleDatum;

/**
 * What the chair records of one part (segment) of a focus meeting, along BOB: the picture,
 * the judgement (scores, whether worries remain, what is minimally needed) and the decision
 * (agreements and minimum conditions, the next meeting, what happens when a minimum
 * condition is broken). Texts fit their columns (V1 migration), lists
 * hold at most the rows the form offers (Focusoverleg.SCORE_RIJEN, AFSPRAAK_RIJEN).
 */
public record Overlegverslag(boolean clientenAanwezig,
                             @NotBlank(message = "leg het gedeelde beeld en oordeel vast")
                             @Size(max = 4000, message = "is langer dan {max} tekens") String beeldvorming,
                             @Size(max = 4000, message = "is langer dan {max} tekens") String oordeel,
                             boolean nieuweZorgen,
                             @Size(max = 2000, message = "is langer dan {max} tekens") String minimaalNodig,
                             @Size(max = MAX_RIJEN, message = "geef ten hoogste {max} scores, zoals het formulier")
                             List<@NotNull(message = "is leeg") @Valid Schaalscore> scores,
                             @Size(max = MAX_RIJEN, message = "geef ten hoogste {max} afspraken, zoals het formulier")
                             List<@NotNull(message = "is leeg") @Valid Afspraak> afspraken,
                             @FutureOrPresent(message = "geef een datum vanaf vandaag")
                             @PlausibeleDatum(jarenVooruit = 2) LocalDate volgendOverleg,
                             @Size(max = 2000, message = "is langer dan {max} tekens") String bijSchending) {

    /** As many scores and agreements as the form overleg-vastleggen has rows. */
    public static final int MAX_RIJEN = 10;
}
