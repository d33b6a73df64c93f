package nl.casusregie.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's time. Probations and agendas run on timers, so what the project calls now or today
 * must be the moment the timers see; tests move the engine's clock through weeks and years, and the
 * dates recorded in the tables move with it.
 */
@Component
public class EngineKlok {

    public LocalDateTime nu() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public LocalDate vandaag() {
        return nu().toLocalDate();
    }

    public Date datum() {
        return ClockUtil.getCurrentTime();
    }

    /** The start of that day, as a timer's date. */
    public static Date beginVan(LocalDate dag) {
        return Date.from(dag.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
