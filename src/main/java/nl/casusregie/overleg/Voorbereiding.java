package nl.casusregie.overleg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the case director heard from the clients before the meeting, for the household and,
 * where they differ, per member (in the household's order). Texts fit their columns.
 */
public record Voorbereiding(@Size(max = 4000, message = "is langer dan {max} tekens") String wensenClienten,
                            @Size(max = 16, message = "is langer dan {max} tekens") String deelnameClienten,
                            @Size(max = 200, message = "is langer dan {max} tekens") String vertrouwenspersoon,
                            @Size(max = 2000, message = "is langer dan {max} tekens") String hoopClienten,
                            @Size(max = Focusoverleg.MAX_LEDEN, message = "geef ten hoogste {max} gezinsleden, zoals het formulier")
                            List<@NotNull(message = "is leeg") @Valid Lid> leden) {

    /** Attending in person, online with the case director beside them, or not. */
    public static final List<String> DEELNAME = List.of("JA", "ONLINE", "NEE");

    /** One member's own answers, where they differ from the household's; empty fields follow the household. */
    public record Lid(@Size(max = 200, message = "is langer dan {max} tekens") String naam,
                      @Size(max = 16, message = "is langer dan {max} tekens") String deelname,
                      @Size(max = 2000, message = "is langer dan {max} tekens") String wensen,
                      @Size(max = 200, message = "is langer dan {max} tekens") String vertrouwenspersoon,
                      Boolean apartGehoord) {

        public String deelnameOf(String huishouden) {
            return deelname == null || deelname.isBlank() ? huishouden : deelname;
        }
    }

    /** Whether anyone of the household will be at the meeting, in person or online. */
    public boolean clientenKomen() {
        return leden.isEmpty() ? komt(deelnameClienten) : leden.stream().anyMatch(l -> komt(l.deelnameOf(deelnameClienten)));
    }

    /** Members attending and the trusted persons they bring: places at the table. */
    public int aanTafel() {
        if (leden.isEmpty()) {
            return komt(deelnameClienten) ? 1 + (vertrouwenspersoon == null || vertrouwenspersoon.isBlank() ? 0 : 1) : 0;
        }
        return (int) leden.stream().filter(l -> komt(l.deelnameOf(deelnameClienten))).count()
                + (int) leden.stream().map(l -> l.vertrouwenspersoon() == null || l.vertrouwenspersoon().isBlank()
                        ? vertrouwenspersoon : l.vertrouwenspersoon())
                .filter(v -> v != null && !v.isBlank()).distinct().count();
    }

    private static boolean komt(String deelname) {
        return deelname != null && !"NEE".equals(deelname);
    }

    public boolean minderjarigeApart() {
        return leden.stream().anyMatch(l -> Boolean.TRUE.equals(l.apartGehoord()));
    }
}
