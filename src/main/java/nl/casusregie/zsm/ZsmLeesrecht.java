package nl.casusregie.zsm;

import java.util.List;
import java.util.Optional;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.PartnerGroup;

/**
 * Who reads a ZSM case's records (criminal-justice data): the groups at the ZSM table in full; the
 * procesregisseur in full once the case was referred to the care-and-safety house; a supervisor
 * who decided what and when, without what the records say about people; nobody else.
 */
final class ZsmLeesrecht {

    private ZsmLeesrecht() {
    }

    static Optional<Leesrecht> voor(List<String> groups, boolean verwezenNaarZvh) {
        if (Tafel.ZSM_VERDIEPING.aanTafel().stream().map(PartnerGroup::id).anyMatch(groups::contains)
                || verwezenNaarZvh && groups.contains(PartnerGroup.PROCESREGISSEUR.id())) {
            return Optional.of(Leesrecht.VOLLEDIG);
        }
        if (groups.contains(PartnerGroup.SUPERVISOR.id())) {
            return Optional.of(Leesrecht.ZONDER_PERSOONSGEGEVENS);
        }
        return Optional.empty();
    }
}
