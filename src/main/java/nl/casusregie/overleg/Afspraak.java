package nl.casusregie.overleg;

import java.time.LocalDate;

/** An agreement: who (which partner, or the clients) does what, by when, and why. */
public record Afspraak(String partner, String wat, LocalDate deadline, String waarom) {
}
