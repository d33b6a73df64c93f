package nl.casusregie.agenda;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's start-up failure report for wrong agenda settings: which setting, and what is wrong with it. */
public class AgendaInstellingenFailureAnalyzer extends AbstractFailureAnalyzer<OngeldigeAgendaInstellingenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OngeldigeAgendaInstellingenException cause) {
        return new FailureAnalysis(
                "De agenda-instellingen kloppen niet, dus de applicatie start niet:\n    "
                        + String.join("\n    ", cause.fouten()),
                "Verbeter deze instellingen onder casusregie.agenda in application.yaml (of de omgevingsvariabele die ze "
                        + "zet) en start opnieuw.",
                cause);
    }
}
