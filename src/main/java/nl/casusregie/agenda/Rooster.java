package nl.casusregie.agenda;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a table meets: on these weekdays at this time, for this long, with at most this many
 * cases; a case goes on a session no later than agendaSluitVoor before it starts.
 */
public record Rooster(Set<DayOfWeek> dagen, LocalTime begintijd, Duration duur, int maxCasussen,
                      Duration agendaSluitVoor) {

    public Rooster {
        dagen = EnumSet.copyOf(dagen);
    }

    /** The starts of the sessions from that day on, in order, without end. */
    public Stream<LocalDateTime> beginMomentenVanaf(LocalDate dag) {
        return Stream.iterate(dag, d -> d.plusDays(1))
                .filter(d -> dagen.contains(d.getDayOfWeek()))
                .map(d -> d.atTime(begintijd));
    }

    public LocalDateTime eindeVan(LocalDateTime begin) {
        return begin.plus(duur);
    }

    /** The last moment a case can be put on the session that starts then. */
    public LocalDateTime sluitOp(LocalDateTime begin) {
        return begin.minus(agendaSluitVoor);
    }
}
