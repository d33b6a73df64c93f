package nl.casusregie.agenda;

import java.util.List;

/** Agenda settings the application cannot run with: one Dutch message per wrong setting, each naming it. */
public class OngeldigeAgendaInstellingenException extends IllegalStateException {

    private final transient List<String> fouten;

    public OngeldigeAgendaInstellingenException(List<String> fouten) {
        super("Ongeldige agenda-instellingen: " + String.join(" ", fouten));
        this.fouten = List.copyOf(fouten);
    }

    public List<String> fouten() {
        return fouten;
    }
}
