package nl.casusregie.afspraken;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One agreement as the partner that owns it reads it in its overview: which case, what, by when,
 * why, whether it is a minimum condition the partner guards, and whether it was made in the OM
 * segment of the meeting (uitOmDeel: not to be shared with the clients or other partners).
 */
public record AfspraakVanPartner(String casusnummer, int ronde, String partner, String wat, LocalDate deadline,
                                 String waarom, boolean bodemeis, boolean uitOmDeel, String status,
                                 LocalDateTime afgesprokenOp) {
}
