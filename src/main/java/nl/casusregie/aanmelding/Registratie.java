package nl.casusregie.aanmelding;

import java.util.List;
import nl.casusregie.casus.Casus;

/**
 * A stored referral: the new case, whether it joined a known household (same name and birth
 * date), that household's earlier cases, and the cases of households that may be the same
 * (same name, a birth date unknown) for the procesregisseur to judge. For triage, not for the
 * referrer. nieuwIncident: the household's case runs, so the referral became a new incident on
 * that case (casus) rather than a case of its own.
 */
public record Registratie(Casus casus, boolean bekendHuishouden, List<Casus> eerdereCasussen,
                          List<Casus> mogelijkBekend, boolean nieuwIncident) {
}
