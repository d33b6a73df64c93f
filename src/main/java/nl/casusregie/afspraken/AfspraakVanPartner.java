package nl.casusregie.afspraken;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One agreement as the partner that owns it reads it in its overview: which case, what, by when, why. */
public record AfspraakVanPartner(String casusnummer, int ronde, String partner, String wat, LocalDate deadline,
                                 String waarom, String status, LocalDateTime afgesprokenOp) {
}
