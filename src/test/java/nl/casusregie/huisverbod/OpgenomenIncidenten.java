package nl.casusregie.huisverbod;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Records the new incidents the order reports, in place of the message NieuwIncident: zvh-casus does
 * not wait for that message yet (its receiving side, IncidentService, is another part of the issue).
 * A test double for that other part only; the lead wires NieuwIncidentMelder to IncidentService after
 * merging, and then this goes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpgenomenIncidenten {

    /** One reported incident, as the port received it. */
    public record Melding(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
    }

    /** The recording port: every call, in order. */
    public static class Opname implements NieuwIncidentMelder {

        private final List<Melding> meldingen = new CopyOnWriteArrayList<>();

        @Override
        public void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
            meldingen.add(new Melding(casusnummer, huis, bron, omschrijving, sleutel));
        }

        /** The incidents reported for one case. */
        public List<Melding> voor(String casusnummer) {
            return meldingen.stream().filter(m -> m.casusnummer().equals(casusnummer)).toList();
        }
    }

    @Bean
    @Primary
    Opname opgenomenIncidenten() {
        return new Opname();
    }
}
