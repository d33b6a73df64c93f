package nl.casusregie.overleg;

import jakarta.validation.constraints.Size;

/** What the case director heard from the clients before the meeting; texts fit their columns. */
public record Voorbereiding(@Size(max = 4000, message = "is langer dan {max} tekens") String wensenClienten,
                            @Size(max = 16, message = "is langer dan {max} tekens") String deelnameClienten,
                            @Size(max = 200, message = "is langer dan {max} tekens") String vertrouwenspersoon) {
}
