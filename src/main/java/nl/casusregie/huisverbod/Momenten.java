package nl.casusregie.huisverbod;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/** Moments as the project's tables hold them (local time) and as the engine's timers take them (Date). */
final class Momenten {

    private Momenten() {
    }

    static Date alsDate(LocalDateTime moment) {
        return moment == null ? null : Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    static LocalDateTime alsMoment(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
