package nl.casusregie.instroom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
