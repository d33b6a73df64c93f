package nl.casusregie.overleg;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What one invited partner brings to the meeting, and on which basis it may share it. Sizes are the columns'. */
public record Bijdrage(@NotBlank(message = "kies op welke grond u deelt, of dat toestemming is geweigerd") String grondslag,
                       @Size(max = 4000, message = "is langer dan {max} tekens") String informatie,
                       @Size(max = 2000, message = "is langer dan {max} tekens") String weigering) {

    public boolean geweigerd() {
        return Grondslag.GEWEIGERD.name().equals(grondslag);
    }
}
