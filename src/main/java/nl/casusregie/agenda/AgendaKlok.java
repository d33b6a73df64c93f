package nl.casusregie.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's time. The processes that put cases on an agenda wait for sessions with timers, so
 * "the next session" must be the one the timers see; tests move the engine's clock through weeks.
 */
@Component
public class AgendaKlok {

    public LocalDateTime nu() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }
}
