package nl.casusregie.aanmelding;

/** Who refers: the professional, the partner group they refer for, and their house. */
public record Aanmelder(String userId, String groep, String huis) {
}
