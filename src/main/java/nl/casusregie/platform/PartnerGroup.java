package nl.casusregie.platform;

import java.util.Arrays;
import java.util.List;

/** The candidate groups of the contract: one per partner role, ids fixed by contract.md. */
public enum PartnerGroup implements Woorden.Woord {
    PROCESREGISSEUR("procesregisseur", "Procesregisseur ZVH", Access.TASKLIST),
    CASUSREGISSEUR("casusregisseur", "Casusregisseur", Access.TASKLIST),
    POLITIE("politie", "Politie", Access.TASKLIST),
    OM("om", "Openbaar Ministerie", Access.TASKLIST),
    RECLASSERING("reclassering", "Reclassering", Access.TASKLIST),
    VEILIGTHUIS("veiligthuis", "Veilig Thuis", Access.TASKLIST),
    RVDK("rvdk", "Raad voor de Kinderbescherming", Access.TASKLIST),
    JEUGDBESCHERMING("jeugdbescherming", "Jeugdbescherming", Access.TASKLIST),
    SLACHTOFFERHULP("slachtofferhulp", "Slachtofferhulp Nederland", Access.TASKLIST),
    HALT("halt", "Halt", Access.TASKLIST),
    GEMEENTE("gemeente", "Gemeente / lokaal team", Access.TASKLIST),
    GGZ("ggz", "GGZ en forensische zorg", Access.TASKLIST),
    MATERIEDESKUNDIGE("materiedeskundige", "Materiedeskundige / expertpool", Access.TASKLIST),
    SUPERVISOR("supervisor", "Leidinggevende ZVH", Access.COCKPIT),
    PROCESBEHEERDER("procesbeheerder", "Procesbeheerder (modellen)", Access.COCKPIT);

    /** Which web application a group works in. */
    public enum Access { TASKLIST, COCKPIT }

    private final String id;
    private final String naam;
    private final Access access;

    PartnerGroup(String id, String naam, Access access) {
        this.id = id;
        this.naam = naam;
        this.access = access;
    }

    public String id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    /** The group's name as people read it. */
    @Override
    public String label() {
        return naam;
    }

    @Override
    public String code() {
        return id;
    }

    public Access access() {
        return access;
    }

    public static List<PartnerGroup> withAccess(Access access) {
        return Arrays.stream(values()).filter(g -> g.access == access).toList();
    }

    public static java.util.Optional<PartnerGroup> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    public static boolean isPartnerGroup(String id) {
        return Arrays.stream(values()).anyMatch(g -> g.access == Access.TASKLIST && g.id.equals(id));
    }
}
