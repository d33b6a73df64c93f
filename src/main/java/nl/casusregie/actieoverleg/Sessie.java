package nl.casusregie.actieoverleg;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import nl.casusregie.agenda.Agendapunt;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The session a case is on, as the instance's timers and due dates read it. */
final class Sessie {

    private Sessie() {
    }

    static void zet(DelegateExecution execution, Agendapunt punt) {
        ActieOverleg.SESSIE_BEGIN.set(execution, alsDate(punt.sessieBegin()));
        ActieOverleg.SESSIE_EINDE.set(execution, alsDate(punt.sessieEinde()));
    }

    static LocalDateTime begin(DelegateExecution execution) {
        return LocalDateTime.ofInstant(ActieOverleg.SESSIE_BEGIN.from(execution).toInstant(), ZoneId.systemDefault());
    }

    private static Date alsDate(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }
}
