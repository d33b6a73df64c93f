package nl.casusregie.overleg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.IntSummaryStatistics;
import java.util.List;

/**
 * What the chair records of one focus meeting. Texts fit their columns (V1 migration), lists
 * hold at most the rows the form offers (Focusoverleg.SCORE_RIJEN, AFSPRAAK_RIJEN).
 */
public record Overlegverslag(boolean clientenAanwezig,
                             @NotBlank(message = "leg het gedeelde beeld en oordeel vast")
                             @Size(max = 4000, message = "is langer dan {max} tekens") String beeldvorming,
                             boolean nieuweZorgen,
                             @Size(max = MAX_RIJEN, message = "geef ten hoogste {max} scores, zoals het formulier")
                             List<@NotNull(message = "is leeg") @Valid Schaalscore> scores,
                             @Size(max = MAX_RIJEN, message = "geef ten hoogste {max} afspraken, zoals het formulier")
                             List<@NotNull(message = "is leeg") @Valid Afspraak> afspraken) {

    /** As many scores and agreements as the form overleg-vastleggen has rows. */
    public static final int MAX_RIJEN = 10;

    /** Mean score, or null without scores (fase-overgang then gives no judgement). */
    public Double gemiddeldeScore() {
        return scores.isEmpty() ? null : Math.round(statistics().getAverage() * 100) / 100.0;
    }

    /** Highest minus lowest score: how far the participants disagree. */
    public Integer spreiding() {
        return scores.isEmpty() ? null : statistics().getMax() - statistics().getMin();
    }

    private IntSummaryStatistics statistics() {
        return scores.stream().mapToInt(Schaalscore::score).summaryStatistics();
    }
}
