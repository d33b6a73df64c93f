package nl.casusregie.aanmelding;

import nl.casusregie.platform.Woorden;

/** Life domains with problems (domain.md §2.1), with the words the start form shows. */
public enum Leefgebied implements Woorden.Woord {
    WERK("Werk"),
    DAGBESTEDING("Zinvolle dagbesteding"),
    FINANCIEN("Financiën"),
    HUISVESTING("Huisvesting"),
    OPVOEDING_OPGROEIEN("Opvoeden en opgroeien"),
    SOCIAAL_NETWERK("Sociaal netwerk"),
    CRIMINALITEIT("Criminaliteit"),
    PSYCHISCHE_GEZONDHEID("Psychische gezondheid"),
    LVB("(Licht) verstandelijke beperking"),
    LICHAMELIJKE_GEZONDHEID("Lichamelijke gezondheid"),
    ONDERWIJS("Onderwijs"),
    VERSLAVING("Verslaving"),
    RELATIES("Liefdesrelaties"),
    INTERGENERATIONELE_OVERDRACHT("Intergenerationele overdracht van geweld");

    private final String label;

    Leefgebied(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
