package nl.casusregie.proeftijd;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test double for another feature's part: the receiving side of NieuwIncident (zvh-casus waiting for
 * the message, and its incident service) is built beside this one. Until it is, tests assert what the
 * probation hands to its port. A component of the test sources, so every test shares one application
 * context; the lead wires the port to the incident service after merging.
 */
@Primary
@Component
public class GemeldeIncidenten implements NieuwIncidentMelder {

    public record Incident(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
    }

    private final List<Incident> gemeld = new CopyOnWriteArrayList<>();

    @Override
    public void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
        gemeld.add(new Incident(casusnummer, huis, bron, omschrijving, sleutel));
    }

    /** The incidents reported for one case, in order. */
    public List<Incident> voor(String casusnummer) {
        return gemeld.stream().filter(i -> i.casusnummer().equals(casusnummer)).toList();
    }
}
