package nl.casusregie.dossier;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casusregie.casus.Casus;
import nl.casusregie.overleg.OmDeel;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.stereotype.Component;

/**
 * Who may read which part of a case file, in one place. Within the case's own house:
 * the procesregisseur and the case's director read the whole file, and so do the partners
 * taking part in the case (the referrer's group, the groups invited to one of its meeting
 * rounds, and every group named in one of its agreements); supervisors read it without what it
 * says about the household; anyone else reads nothing (the case does not exist for them).
 * Of those who read the whole file, only the OM and the procesregisseur read what was said in
 * an OM segment ({@link OmDeel}); the others see that it was held, not what was said.
 */
@Component
class DossierLeesrecht {

    Optional<Leesrecht> voor(String userId, List<String> groups, Casus casus, Set<String> deelnemendePartners) {
        if (groups.contains(PartnerGroup.PROCESREGISSEUR.id()) || userId.equals(casus.casusregisseur())
                || groups.stream().anyMatch(deelnemendePartners::contains)) {
            return Optional.of(Leesrecht.VOLLEDIG);
        }
        if (groups.contains(PartnerGroup.SUPERVISOR.id())) {
            return Optional.of(Leesrecht.ZONDER_PERSOONSGEGEVENS);
        }
        return Optional.empty();
    }

    /**
     * Whether a reader of the whole file reads a probation's details, which are criminal-justice data:
     * the OM, the group supervising it, the procesregisseur and the case's director; the other partners
     * at the table see that it runs, until when and who supervises it, and ask them.
     */
    boolean leestProeftijd(Leesrecht recht, String userId, List<String> groups, Casus casus, String toezichthouder) {
        return recht == Leesrecht.VOLLEDIG && (groups.contains(PartnerGroup.OM.id()) || groups.contains(toezichthouder)
                || groups.contains(PartnerGroup.PROCESREGISSEUR.id()) || userId.equals(casus.casusregisseur()));
    }

    /** Whether a reader with this right and these groups reads what was said in OM segments. */
    boolean leestOmDeel(Leesrecht recht, List<String> groups) {
        return recht == Leesrecht.VOLLEDIG && OmDeel.leesbaarVoor(groups);
    }
}
