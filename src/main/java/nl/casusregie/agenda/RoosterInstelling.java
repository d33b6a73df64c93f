package nl.casusregie.agenda;

import java.util.List;

/**
 * One table's settings as written under casusregie.agenda.&lt;tafel&gt; in application.yaml, as text,
 * so that {@link AgendaInstellingen} refuses a wrong value in Dutch, naming the setting, rather
 * than with the binder's English message.
 */
public record RoosterInstelling(List<String> dagen, String begintijd, String duur, String maxCasussen,
                                String agendaSluitVoor) {
}
