package nl.casusregie.proeftijd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's time. A probation runs on timers, so what the service calls today must be the
 * day the timers see; tests move the engine's clock through two years, and the dates recorded
 * in the tables move with it.
 */
@Component
public class ProeftijdKlok {

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
