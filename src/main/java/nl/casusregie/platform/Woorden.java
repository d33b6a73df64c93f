package nl.casusregie.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How codes and dates are shown to people: as the Dutch words the forms use ("REGULIER" is
 * "Reguliere aanpak", 2026-03-03 is "3 maart 2026"). Each code's word lives on its enum (a
 * {@link Woord}); this class looks them up and writes dates and lists, so every form, letter or
 * page says it the same way.
 */
public final class Woorden {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", NEDERLANDS);

    /** A code with the word people read for it. */
    public interface Woord {
        String name();

        String label();

        /** The code as stored and sent (the constant's name unless the enum says otherwise). */
        default String code() {
            return name();
        }
    }

    private Woorden() {
    }

    /** The word for a stored code; an unknown code is shown as it is rather than hidden. */
    public static <E extends Enum<E> & Woord> String woord(Class<E> soort, String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(soort.getEnumConstants()).filter(w -> w.code().equals(code)).findFirst()
                .map(Woord::label).orElse(code);
    }

    /** The words for stored codes, as one Dutch enumeration ("a, b en c"). */
    public static <E extends Enum<E> & Woord> String woorden(Class<E> soort, Collection<String> codes) {
        return opsomming(codes.stream().map(code -> woord(soort, code)).toList());
    }

    /** "a", "a en b", "a, b en c"; empty for none. */
    public static String opsomming(List<String> delen) {
        if (delen.isEmpty()) {
            return "";
        }
        if (delen.size() == 1) {
            return delen.get(0);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    /** "3 maart 2026". */
    public static String datum(LocalDate datum) {
        return datum == null ? null : DATUM.format(datum);
    }

    public static String datum(LocalDateTime moment) {
        return moment == null ? null : datum(moment.toLocalDate());
    }

    /** "3 maart 2026, 14:30": for a moment whose time of day matters (when an order ends). */
    public static String datumTijd(LocalDateTime moment) {
        return moment == null ? null : DATUM_TIJD.format(moment);
    }

    public static String jaNee(Boolean waarde) {
        return waarde == null ? "onbekend" : waarde ? "ja" : "nee";
    }
}
