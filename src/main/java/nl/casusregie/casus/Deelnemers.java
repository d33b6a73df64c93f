package nl.casusregie.casus;

import java.util.List;
import java.util.Set;

/**
 * Who takes part in a case, by the one rule the case file reads by (the dossier's read rule):
 * the procesregisseur, the case's director, and the partner groups taking part (the referrer's
 * group, the groups invited to its rounds, those named in its agreements, those that reported an
 * incident on it). A port: the case asks, the case file answers.
 */
public interface Deelnemers {

    /** The partner groups taking part in the case. */
    Set<String> partnerGroepen(long casusId);

    /** Whether this user takes part, so may read the whole file and report on the case. */
    boolean neemtDeel(String userId, List<String> groups, Casus casus);
}
