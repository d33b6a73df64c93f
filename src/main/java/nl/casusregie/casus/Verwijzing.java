package nl.casusregie.casus;

import nl.casusregie.platform.Woorden;

/** Where triage refers a household it does not take up, with the words the triage form shows. */
public enum Verwijzing implements Woorden.Woord {
    VEILIG_THUIS("Veilig Thuis"),
    LOKAAL_TEAM("Lokaal (wijk)team"),
    JEUGDBESCHERMINGSTAFEL("Jeugdbeschermingstafel"),
    ZSM("ZSM (snelle strafrechtelijke beslissing)");

    private final String label;

    Verwijzing(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
