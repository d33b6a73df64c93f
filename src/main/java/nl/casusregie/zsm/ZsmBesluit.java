package nl.casusregie.zsm;

import java.util.Optional;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;

/**
 * What the officer decides in the deepening session (domain.md §4, §6). Back on the agenda and a
 * termijnzaak keep the case at the table; every other decision closes it or hands it over, which
 * needs every partner's worries gone.
 */
public enum ZsmBesluit implements Woorden.Woord {
    TERUG_OP_AGENDA("Terug op de agenda"),
    TERMIJNZAAK("Termijnzaak"),
    VOORWAARDELIJK_SEPOT("Voorwaardelijk sepot met proeftijd"),
    DAGVAARDING("Dagvaarding"),
    SEPOT_MET_BRIEF("Sepot met persoonlijke brief"),
    VERZOEK_RVDK("Verzoek aan de Raad voor de Kinderbescherming"),
    SIGNAAL_ANDER_TEAM("Signaal aan een ander team"),
    AANMELDING_ZVH("Aanmelding bij het Zorg- en Veiligheidshuis");

    private final String label;

    ZsmBesluit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The case stays at the table: it comes back on the agenda now or when its term has passed. */
    public boolean houdtAanTafel() {
        return this == TERUG_OP_AGENDA || this == TERMIJNZAAK;
    }

    /** The group that must confirm it started, for a decision that hands the case over. */
    public Optional<PartnerGroup> ontvanger() {
        return switch (this) {
            case VERZOEK_RVDK -> Optional.of(PartnerGroup.RVDK);
            case AANMELDING_ZVH -> Optional.of(PartnerGroup.PROCESREGISSEUR);
            default -> Optional.empty();
        };
    }
}
