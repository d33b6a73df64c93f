package nl.casusregie.overleg;

import java.util.Collection;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;

/**
 * Who reads what is said in the OM segment of a meeting (domain.md §4): its picture, judgement,
 * what is minimally needed, its scores and the agreements made in it. The public prosecutor
 * speaks there without the clients to guard its independent position, and what it says could
 * reach a suspect's lawyer; so only the OM itself and the procesregisseur, who chairs every
 * meeting, read it. Everyone else may learn that an OM segment was held (its place in the round
 * and its kind), not what was said in it. Readers are always of the case's own house: the case
 * is found in the reader's house before this rule is asked.
 */
public final class OmDeel {

    private static final Set<String> LEZERS = Set.of(PartnerGroup.OM.id(), PartnerGroup.PROCESREGISSEUR.id());

    private OmDeel() {
    }

    /** Whether a user of these groups reads what is said in OM segments. */
    public static boolean leesbaarVoor(Collection<String> groups) {
        return groups != null && groups.stream().anyMatch(LEZERS::contains);
    }
}
