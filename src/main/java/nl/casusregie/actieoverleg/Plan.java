package nl.casusregie.actieoverleg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The tactical plan a session records: its actions, checked as the session form labels its rows. */
record Plan(List<@Valid @NotNull Actie> acties) {
}
