package nl.casusregie.agenda;

import java.util.List;
import java.util.Optional;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.PartnerGroup;

/**
 * Who reads a table's agenda: the groups that sit at the table and the procesregisseur in full; a
 * supervisor without the explanations people wrote (which can name people); nobody else.
 */
final class AgendaLeesrecht {

    private AgendaLeesrecht() {
    }

    static Optional<Leesrecht> voor(Tafel tafel, List<String> groups) {
        if (groups.contains(PartnerGroup.PROCESREGISSEUR.id())
                || tafel.aanTafel().stream().map(PartnerGroup::id).anyMatch(groups::contains)) {
            return Optional.of(Leesrecht.VOLLEDIG);
        }
        if (groups.contains(PartnerGroup.SUPERVISOR.id())) {
            return Optional.of(Leesrecht.ZONDER_PERSOONSGEGEVENS);
        }
        return Optional.empty();
    }
}
