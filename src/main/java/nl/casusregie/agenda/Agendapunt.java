package nl.casusregie.agenda;

import java.time.LocalDateTime;

/**
 * One case on one session of a table: what the processes get back when they put a case on the
 * agenda (the session's start is when to wait for). terugkeer is 0 the first time, n the n-th
 * time the case came back, then with its reason.
 */
public record Agendapunt(long id, Tafel tafel, String huis, String referentie, String procesInstantieId,
                         LocalDateTime sessieBegin, LocalDateTime sessieEinde, int terugkeer, TerugkeerReden reden,
                         String toelichting, AgendapuntStatus status) {

    public boolean isTerugkeer() {
        return terugkeer > 0;
    }
}
