package nl.casusregie.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The agenda settings a process owner writes: read into schedules, and refused in Dutch naming the setting. */
class AgendaInstellingenTest {

    private static RoosterInstelling zsm() {
        return new RoosterInstelling(List.of("dinsdag", "Vrijdag "), "13:30", "PT75M", "3", "PT24H");
    }

    private static RoosterInstelling actieOverleg() {
        return new RoosterInstelling(List.of("donderdag"), "10:00", "PT2H", "6", "PT18H");
    }

    private static Map<String, RoosterInstelling> met(String tafel, RoosterInstelling instelling) {
        Map<String, RoosterInstelling> instellingen = new HashMap<>(Map.of("zsm-verdieping", zsm(), "actie-overleg", actieOverleg()));
        instellingen.put(tafel, instelling);
        return instellingen;
    }

    private static List<String> fouten(Map<String, RoosterInstelling> instellingen) {
        try {
            AgendaInstellingen.lees(instellingen);
        } catch (OngeldigeAgendaInstellingenException e) {
            return e.fouten();
        }
        throw new AssertionError("geen fout gemeld");
    }

    @Test
    @DisplayName("valid settings become each table's schedule; Dutch weekday names in any case")
    void valid() {
        Map<Tafel, Rooster> roosters = AgendaInstellingen.lees(met("zsm-verdieping", zsm()));
        assertThat(roosters.get(Tafel.ZSM_VERDIEPING)).isEqualTo(new Rooster(Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(13, 30), Duration.ofMinutes(75), 3, Duration.ofHours(24)));
        assertThat(roosters.get(Tafel.ACTIE_OVERLEG).dagen()).containsExactly(DayOfWeek.THURSDAY);
    }

    @Test
    @DisplayName("every wrong value is named by its setting, all at once")
    void wrongValuesNamed() {
        assertThat(fouten(met("zsm-verdieping", new RoosterInstelling(List.of("dinsdg"), "810", "75", "0", "-PT1H"))))
                .containsExactly(
                        "casusregie.agenda.zsm-verdieping.dagen: 'dinsdg' is geen weekdag (maandag tot en met zondag).",
                        "casusregie.agenda.zsm-verdieping.begintijd: '810' is geen tijd; schrijf uu:mm tussen aanhalingstekens, "
                                + "bijvoorbeeld \"13:30\".",
                        "casusregie.agenda.zsm-verdieping.duur: '75' is geen tijdsduur in ISO-8601, bijvoorbeeld PT75M.",
                        "casusregie.agenda.zsm-verdieping.max-casussen: '0' is geen geheel getal van 1 of meer.",
                        "casusregie.agenda.zsm-verdieping.agenda-sluit-voor: '-PT1H' mag niet negatief zijn (PT0S: tot de "
                                + "sessie begint).");
    }

    @Test
    @DisplayName("missing values, a missing table and an unknown table are refused")
    void missing() {
        assertThat(fouten(met("actie-overleg", new RoosterInstelling(null, " ", null, null, null)))).containsExactly(
                "casusregie.agenda.actie-overleg.dagen: ontbreekt; noem een of meer weekdagen, bijvoorbeeld dinsdag, vrijdag.",
                "casusregie.agenda.actie-overleg.begintijd: ontbreekt; bijvoorbeeld \"13:30\".",
                "casusregie.agenda.actie-overleg.duur: ontbreekt; bijvoorbeeld PT75M.",
                "casusregie.agenda.actie-overleg.max-casussen: ontbreekt; bijvoorbeeld 3.",
                "casusregie.agenda.actie-overleg.agenda-sluit-voor: ontbreekt; bijvoorbeeld PT24H.");
        assertThat(fouten(Map.of("zsm-verdieping", zsm(), "weegoverleg", zsm()))).containsExactly(
                "casusregie.agenda.weegoverleg: onbekende tafel; bekend zijn zsm-verdieping, actie-overleg.",
                "casusregie.agenda.actie-overleg: ontbreekt; elke tafel met sessies heeft dagen, begintijd, duur, max-casussen "
                        + "en agenda-sluit-voor nodig.");
    }

    @Test
    @DisplayName("a session of more than a day, or of no length, is refused")
    void length() {
        assertThat(fouten(met("zsm-verdieping", new RoosterInstelling(List.of("dinsdag"), "13:30", "PT25H", "3", "PT0S"))))
                .containsExactly("casusregie.agenda.zsm-verdieping.duur: 'PT25H' moet langer dan nul en ten hoogste een dag "
                        + "(PT24H) zijn.");
        assertThat(fouten(met("zsm-verdieping", new RoosterInstelling(List.of("dinsdag"), "13:30", "PT0S", "3", "PT0S"))))
                .hasSize(1);
    }

    @Test
    @DisplayName("a wrong setting stops the start, and the failure report names it in Dutch")
    void stopsTheStart() {
        new ApplicationContextRunner()
                .withBean(AgendaInstellingen.class)
                .withPropertyValues("casusregie.agenda.zsm-verdieping.dagen=dinsdag,vrijdag",
                        "casusregie.agenda.zsm-verdieping.begintijd=13:30", "casusregie.agenda.zsm-verdieping.duur=PT75M",
                        "casusregie.agenda.zsm-verdieping.max-casussen=drie",
                        "casusregie.agenda.zsm-verdieping.agenda-sluit-voor=PT24H",
                        "casusregie.agenda.actie-overleg.dagen=donderdag", "casusregie.agenda.actie-overleg.begintijd=10:00",
                        "casusregie.agenda.actie-overleg.duur=PT2H", "casusregie.agenda.actie-overleg.max-casussen=6",
                        "casusregie.agenda.actie-overleg.agenda-sluit-voor=PT18H")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable oorzaak = context.getStartupFailure();
                    while (!(oorzaak instanceof OngeldigeAgendaInstellingenException) && oorzaak.getCause() != null) {
                        oorzaak = oorzaak.getCause();
                    }
                    assertThat(oorzaak).isInstanceOf(OngeldigeAgendaInstellingenException.class);
                    FailureAnalysis analyse = new AgendaInstellingenFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analyse.getDescription())
                            .contains("casusregie.agenda.zsm-verdieping.max-casussen: 'drie' is geen geheel getal van 1 of meer.");
                });
    }

    @Test
    @DisplayName("the same settings, right, start and give the schedules")
    void starts() {
        new ApplicationContextRunner()
                .withBean(AgendaInstellingen.class)
                .withPropertyValues("casusregie.agenda.zsm-verdieping.dagen=dinsdag,vrijdag",
                        "casusregie.agenda.zsm-verdieping.begintijd=13:30", "casusregie.agenda.zsm-verdieping.duur=PT75M",
                        "casusregie.agenda.zsm-verdieping.max-casussen=3",
                        "casusregie.agenda.zsm-verdieping.agenda-sluit-voor=PT24H",
                        "casusregie.agenda.actie-overleg.dagen=donderdag", "casusregie.agenda.actie-overleg.begintijd=10:00",
                        "casusregie.agenda.actie-overleg.duur=PT2H", "casusregie.agenda.actie-overleg.max-casussen=6",
                        "casusregie.agenda.actie-overleg.agenda-sluit-voor=PT18H")
                .run(context -> assertThat(context.getBean(AgendaInstellingen.class).rooster(Tafel.ZSM_VERDIEPING).maxCasussen())
                        .isEqualTo(3));
    }

    @Test
    @DisplayName("a refusal without settings fails loudly")
    void exceptionCarriesMessages() {
        assertThatThrownBy(() -> AgendaInstellingen.lees(Map.of())).isInstanceOf(OngeldigeAgendaInstellingenException.class)
                .hasMessageContaining("casusregie.agenda.zsm-verdieping: ontbreekt");
    }
}
