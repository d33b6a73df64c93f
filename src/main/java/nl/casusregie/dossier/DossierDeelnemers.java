package nl.casusregie.dossier;

import java.util.List;
import java.util.Set;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.Deelnemers;
import org.springframework.stereotype.Component;

/** Who takes part in a case, for the case itself: the case file's own read rule answers (DossierLeesrecht). */
@Component
class DossierDeelnemers implements Deelnemers {

    private final DossierRepository dossiers;
    private final DossierLeesrecht leesrecht;

    DossierDeelnemers(DossierRepository dossiers, DossierLeesrecht leesrecht) {
        this.dossiers = dossiers;
        this.leesrecht = leesrecht;
    }

    @Override
    public Set<String> partnerGroepen(long casusId) {
        return dossiers.deelnemendePartners(casusId);
    }

    @Override
    public boolean neemtDeel(String userId, List<String> groups, Casus casus) {
        return leesrecht.voor(userId, groups, casus, partnerGroepen(casus.id())).filter(r -> r == Leesrecht.VOLLEDIG).isPresent();
    }
}
