package nl.casusregie.agenda;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The schedule of every session-based table, from the settings a process owner changes without a
 * developer (casusregie.agenda.&lt;tafel&gt;.dagen, begintijd, duur, max-casussen, agenda-sluit-voor).
 * Checked once at start-up: a wrong or missing value stops the start with a Dutch message naming
 * the setting ({@link AgendaInstellingenFailureAnalyzer}), rather than failing on the first case.
 */
@Component
public class AgendaInstellingen {

    static final String PREFIX = "casusregie.agenda";
    private static final Duration LANGSTE_SESSIE = Duration.ofHours(24);

    private static final Map<String, DayOfWeek> WEEKDAGEN = Map.of(
            "maandag", DayOfWeek.MONDAY, "dinsdag", DayOfWeek.TUESDAY, "woensdag", DayOfWeek.WEDNESDAY,
            "donderdag", DayOfWeek.THURSDAY, "vrijdag", DayOfWeek.FRIDAY, "zaterdag", DayOfWeek.SATURDAY,
            "zondag", DayOfWeek.SUNDAY);

    private final Map<Tafel, Rooster> roosters;

    @Autowired
    public AgendaInstellingen(Environment environment) {
        this(Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, RoosterInstelling.class))
                .orElse(Map.of()));
    }

    AgendaInstellingen(Map<String, RoosterInstelling> instellingen) {
        this.roosters = lees(instellingen);
    }

    public Rooster rooster(Tafel tafel) {
        return roosters.get(tafel);
    }

    /** Every table's schedule, or every wrong setting at once (a process owner fixes them in one go). */
    static Map<Tafel, Rooster> lees(Map<String, RoosterInstelling> instellingen) {
        List<String> fouten = new ArrayList<>();
        instellingen.keySet().stream()
                .filter(code -> Tafel.vanCode(code).isEmpty())
                .sorted()
                .forEach(code -> fouten.add(PREFIX + "." + code + ": onbekende tafel; bekend zijn "
                        + Arrays.stream(Tafel.values()).map(Tafel::code).collect(Collectors.joining(", ")) + "."));
        Map<Tafel, Rooster> roosters = new EnumMap<>(Tafel.class);
        for (Tafel tafel : Tafel.values()) {
            String naam = PREFIX + "." + tafel.code();
            RoosterInstelling instelling = instellingen.get(tafel.code());
            if (instelling == null) {
                fouten.add(naam + ": ontbreekt; elke tafel met sessies heeft dagen, begintijd, duur, max-casussen en "
                        + "agenda-sluit-voor nodig.");
                continue;
            }
            int voor = fouten.size();
            Set<DayOfWeek> dagen = dagen(naam + ".dagen", instelling.dagen(), fouten);
            LocalTime begintijd = begintijd(naam + ".begintijd", instelling.begintijd(), fouten);
            Duration duur = duur(naam + ".duur", instelling.duur(), fouten);
            int maxCasussen = maxCasussen(naam + ".max-casussen", instelling.maxCasussen(), fouten);
            Duration sluitVoor = sluitVoor(naam + ".agenda-sluit-voor", instelling.agendaSluitVoor(), fouten);
            if (fouten.size() == voor) {
                roosters.put(tafel, new Rooster(dagen, begintijd, duur, maxCasussen, sluitVoor));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAgendaInstellingenException(fouten);
        }
        return roosters;
    }

    private static Set<DayOfWeek> dagen(String naam, List<String> waarden, List<String> fouten) {
        Set<DayOfWeek> dagen = EnumSet.noneOf(DayOfWeek.class);
        if (waarden == null || waarden.stream().allMatch(w -> w == null || w.isBlank())) {
            fouten.add(naam + ": ontbreekt; noem een of meer weekdagen, bijvoorbeeld dinsdag, vrijdag.");
            return dagen;
        }
        for (String waarde : waarden) {
            DayOfWeek dag = waarde == null ? null : WEEKDAGEN.get(waarde.strip().toLowerCase(Locale.ROOT));
            if (dag == null) {
                fouten.add(naam + ": '" + waarde + "' is geen weekdag (maandag tot en met zondag).");
            } else {
                dagen.add(dag);
            }
        }
        return dagen;
    }

    private static LocalTime begintijd(String naam, String waarde, List<String> fouten) {
        if (ontbreekt(naam, waarde, "\"13:30\"", fouten)) {
            return null;
        }
        try {
            return LocalTime.parse(verplicht(waarde));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // An unquoted 13:30 reaches us as 810 (YAML reads it as minutes): say how to write it.
            fouten.add(naam + ": '" + waarde + "' is geen tijd; schrijf uu:mm tussen aanhalingstekens, bijvoorbeeld \"13:30\".");
            return null;
        }
    }

    private static Duration duur(String naam, String waarde, List<String> fouten) {
        Duration duur = duration(naam, waarde, "PT75M", fouten);
        if (duur != null && (duur.isZero() || duur.isNegative() || duur.compareTo(LANGSTE_SESSIE) > 0)) {
            fouten.add(naam + ": '" + waarde + "' moet langer dan nul en ten hoogste een dag (PT24H) zijn.");
            return null;
        }
        return duur;
    }

    private static Duration sluitVoor(String naam, String waarde, List<String> fouten) {
        Duration sluitVoor = duration(naam, waarde, "PT24H", fouten);
        if (sluitVoor != null && sluitVoor.isNegative()) {
            fouten.add(naam + ": '" + waarde + "' mag niet negatief zijn (PT0S: tot de sessie begint).");
            return null;
        }
        return sluitVoor;
    }

    private static Duration duration(String naam, String waarde, String voorbeeld, List<String> fouten) {
        if (ontbreekt(naam, waarde, voorbeeld, fouten)) {
            return null;
        }
        try {
            return Duration.parse(verplicht(waarde));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            fouten.add(naam + ": '" + waarde + "' is geen tijdsduur in ISO-8601, bijvoorbeeld " + voorbeeld + ".");
            return null;
        }
    }

    private static int maxCasussen(String naam, String waarde, List<String> fouten) {
        if (ontbreekt(naam, waarde, "3", fouten)) {
            return 0;
        }
        try {
            int max = Integer.parseInt(verplicht(waarde));
            if (max >= 1) {
                return max;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        fouten.add(naam + ": '" + waarde + "' is geen geheel getal van 1 of meer.");
        return 0;
    }

    private static boolean ontbreekt(String naam, String waarde, String voorbeeld, List<String> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(naam + ": ontbreekt; bijvoorbeeld " + voorbeeld + ".");
            return true;
        }
        return false;
    }

    private static String verplicht(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("leeg");
        }
        return waarde.strip();
    }
}
