package nl.casusregie.instroom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as GET /api/meldingen/{nummer} shows it: who reported what about whom, the facts the table
 * read, its advice and reason, the route chosen (an override with its reason), what the partners acting
 * together agreed, and what the report started. Codes come with their Dutch words.
 */
public record MeldingOverzicht(
        String nummer,
        String status,
        String gemeldDoor,
        String melderGroep,
        LocalDateTime gemeldOp,
        String watGebeurd,
        List<Persoon> betrokkenen,
        Feiten feiten,
        Route advies,
        String adviesReden,
        Route route,
        boolean afgeweken,
        String afwijkReden,
        String routeGekozenDoor,
        LocalDateTime routeGekozenOp,
        Samen samen,
        Gestart gestart) {

    /** The words for a report's status and for what it started (GET /api/woorden). */
    public static final Map<String, String> STATUSSEN = woorden(
            "OPEN", "Open: de route is nog niet bevestigd of de partners spreken nog af",
            "DOORGEZET", "Doorgezet naar een tafel",
            "AFGEHANDELD", "Afgehandeld zonder tafel, met wat de partners samen afspraken");
    public static final Map<String, String> GESTART = woorden(
            "ZVH_CASUS", "Nieuwe casus bij het Zorg- en Veiligheidshuis",
            "ZVH_INCIDENT", "Nieuw incident op de lopende casus van het huishouden",
            "ZSM_VERDIEPING", "Zaak in het ZSM-verdiepingsoverleg",
            "ACTIE_OVERLEG", "Casus in het Actie-Overleg");

    private static Map<String, String> woorden(String... codesEnWoorden) {
        Map<String, String> woorden = new LinkedHashMap<>();
        for (int i = 0; i < codesEnWoorden.length; i += 2) {
            woorden.put(codesEnWoorden[i], codesEnWoorden[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(woorden);
    }

    public record Persoon(String naam, LocalDate geboortedatum, String rol) {
    }

    public record Feiten(String soortMelding, boolean acuteOnveiligheid, boolean letselKind, boolean stalking,
                         boolean verdachteGehoordOfAangehouden, boolean mensenhandel, String regio, boolean dreigendGevaar) {
    }

    /** A route's code and its words. */
    public record Route(String code, String woord) {
    }

    /** What the partners acting together agreed, who recorded it for which group, and the table it goes on to (or GEEN). */
    public record Samen(String afspraken, String groep, String door, LocalDateTime op, String vervolgTafel) {
    }

    /** What the report started: ZVH_CASUS, ZVH_INCIDENT, ZSM_VERDIEPING or ACTIE_OVERLEG, by its number. */
    public record Gestart(String soort, String nummer) {
    }
}
