package nl.casusregie.overleg;

import java.util.IntSummaryStatistics;
import java.util.List;

/** What the chair records of one focus meeting. */
public record Overlegverslag(boolean clientenAanwezig, String beeldvorming, boolean nieuweZorgen,
                             List<Schaalscore> scores, List<Afspraak> afspraken) {

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
