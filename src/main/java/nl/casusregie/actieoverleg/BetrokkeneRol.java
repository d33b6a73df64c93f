package nl.casusregie.actieoverleg;

import nl.casusregie.huishouden.Rol;
import nl.casusregie.platform.Woorden;

/** A person's part in an Actie-Overleg case, and the role the household's file gives them. */
public enum BetrokkeneRol implements Woorden.Woord {
    PLEGER("Pleger", Rol.MOGELIJKE_PLEGER),
    SLACHTOFFER("Slachtoffer", Rol.SLACHTOFFER),
    KIND("Kind", Rol.KIND);

    private final String label;
    private final Rol rol;

    BetrokkeneRol(String label, Rol rol) {
        this.label = label;
        this.rol = rol;
    }

    @Override
    public String label() {
        return label;
    }

    public Rol inHuishouden() {
        return rol;
    }
}
