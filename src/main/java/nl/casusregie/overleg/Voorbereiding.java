package nl.casusregie.overleg;

/** What the case director heard from the clients before the meeting. */
public record Voorbereiding(String wensenClienten, String deelnameClienten, String vertrouwenspersoon) {
}
