package nl.casusregie.aanmelding;

import java.util.List;
import nl.casusregie.casus.Casus;

/** A stored referral: the new case, its household, and that household's earlier cases. */
public record Registratie(Casus casus, boolean bekendHuishouden, List<Casus> eerdereCasussen) {
}
