package nl.casusregie.agenda;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;

/**
 * The tables that meet in sessions and keep an agenda. A table's code is its process key from the
 * contract, also the key of its settings (casusregie.agenda.&lt;code&gt;) and of its REST path.
 * Another table (the triage meeting of zvh-casus) joins by a constant here and its settings.
 */
public enum Tafel implements Woorden.Woord {
    /** Chaired by an OM officer; the partners of the ZSM deepening pilots (domain.md §6). */
    ZSM_VERDIEPING("zsm-verdieping", "ZSM-verdiepingsoverleg", EnumSet.of(PartnerGroup.OM, PartnerGroup.POLITIE,
            PartnerGroup.RECLASSERING, PartnerGroup.RVDK, PartnerGroup.SLACHTOFFERHULP, PartnerGroup.HALT,
            PartnerGroup.VEILIGTHUIS)),
    /** Veilig Thuis, police and an officer with mandate, with probation and the child-protection board (§6b). */
    ACTIE_OVERLEG("actie-overleg", "Actie-Overleg", EnumSet.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.POLITIE,
            PartnerGroup.OM, PartnerGroup.RECLASSERING, PartnerGroup.RVDK));

    private final String code;
    private final String naam;
    private final Set<PartnerGroup> aanTafel;

    Tafel(String code, String naam, Set<PartnerGroup> aanTafel) {
        this.code = code;
        this.naam = naam;
        this.aanTafel = aanTafel;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return naam;
    }

    /** The partner groups that sit at this table. */
    public Set<PartnerGroup> aanTafel() {
        return EnumSet.copyOf(aanTafel);
    }

    public static Optional<Tafel> vanCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
