package nl.casusregie.aanmelding;

import nl.casusregie.platform.Woorden;

/** Kinds of violence (domain.md §2.1), with the words the start form shows. */
public enum Geweldsvorm implements Woorden.Woord {
    FYSIEK("Lichamelijk geweld"),
    PSYCHISCH("Psychisch geweld"),
    STALKING("Stalking"),
    INTIEME_TERREUR("Intieme terreur / dwingende controle"),
    KINDERMISHANDELING("Kindermishandeling"),
    KIND_OUDER_GEWELD("Kind-ouder-geweld"),
    GETUIGE_VAN_GEWELD("Getuige van geweld"),
    EERGERELATEERD("Eergerelateerd geweld"),
    SEKSUEEL("Seksueel geweld"),
    VERWAARLOZING("Verwaarlozing"),
    HUWELIJKSDWANG("Huwelijksdwang"),
    ACHTERLATING("Gedwongen achterlating in het buitenland"),
    GENITALE_VERMINKING("Vrouwelijke genitale verminking"),
    DREIGENDE_KINDONTVOERING("Dreigende kinderontvoering");

    private final String label;

    Geweldsvorm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
