package nl.casusregie.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.dossier.Leesrecht;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ZSM deepening pilot (domain.md §6, §8) replayed at the agenda level on the engine's clock:
 * 12 weeks of two sessions a week with at most three cases each; 28 cases come in from ZSM on
 * working days over the first ten weeks; at each session the chair decides on every case on it,
 * putting 20 of them back at least once (one five times) with a reason, and handling the rest.
 */
@CasusregieTest
class ZsmPilotScenarioTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);
    private static final int WEKEN = 12;
    private static final int CASUSSEN = 28;
    private static final int INSTROOM_WERKDAGEN = 50;
    private static final LocalTime UIT_ZSM = LocalTime.of(11, 0);
    private static final Duration TIJDENS_SESSIE = Duration.ofMinutes(30);

    @Autowired AgendaService agenda;
    @Autowired AgendaLezer lezer;
    @Autowired AgendaInstellingen instellingen;
    @Autowired JdbcClient jdbc;

    private final String huis = Fixture.uniek("zvhpilot");

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private static void klok(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** How often each case comes back: the first five times, the next nineteen once, the last eight never. */
    private static int terugkeren(int casus) {
        return casus == 0 ? 5 : casus < 20 ? 1 : 0;
    }

    @Test
    @DisplayName("28 cases over 12 weeks: no session past its cap, every return with a reason, 20 back at least once, one five times")
    void pilot() {
        Rooster rooster = instellingen.rooster(Tafel.ZSM_VERDIEPING);
        Map<String, Integer> nogTerug = new HashMap<>();
        Map<String, LocalDateTime> binnen = new HashMap<>();
        List<Duration> wachttijden = new ArrayList<>();
        Map<TerugkeerReden, Integer> perReden = new EnumMap<>(TerugkeerReden.class);
        int sessiesGehouden = 0;
        int volleSessies = 0;
        int volgende = 0;
        int werkdag = 0;
        int teruggezet = 0;
        LocalDate einde = START.toLocalDate().plusWeeks(WEKEN);
        for (LocalDate dag = START.toLocalDate(); dag.isBefore(einde); dag = dag.plusDays(1)) {
            if (dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            // Cases from ZSM, spread evenly over the first ten weeks' working days.
            klok(dag.atTime(UIT_ZSM));
            while (volgende < CASUSSEN && volgende * INSTROOM_WERKDAGEN / CASUSSEN <= werkdag) {
                String referentie = "ZSM-PILOT-" + (volgende + 1);
                Agendapunt punt = agenda.zetOpAgenda(Tafel.ZSM_VERDIEPING, huis, referentie, null);
                nogTerug.put(referentie, terugkeren(volgende));
                binnen.put(referentie, dag.atTime(UIT_ZSM));
                wachttijden.add(Duration.between(dag.atTime(UIT_ZSM), punt.sessieBegin()));
                volgende++;
            }
            werkdag++;
            if (!rooster.dagen().contains(dag.getDayOfWeek())) {
                continue;
            }
            // The session: the chair decides on each case on it.
            LocalDateTime begin = dag.atTime(rooster.begintijd());
            klok(begin.plus(TIJDENS_SESSIE));
            AgendaOverzicht.Sessie sessie = lezer.lees(Tafel.ZSM_VERDIEPING, huis, Leesrecht.VOLLEDIG, 1).sessies().get(0);
            assertThat(sessie.begin()).isEqualTo(begin);
            assertThat(sessie.bezet()).as("session of %s", begin).isLessThanOrEqualTo(3);
            sessiesGehouden++;
            volleSessies += sessie.bezet() == sessie.maxCasussen() ? 1 : 0;
            for (AgendaOverzicht.Punt punt : sessie.punten()) {
                if (!punt.status().equals(AgendapuntStatus.GEAGENDEERD.name())) {
                    continue;
                }
                int terug = nogTerug.get(punt.referentie());
                if (terug > 0) {
                    // The reasons in turn; half of the returns with an explanation.
                    TerugkeerReden reden = TerugkeerReden.values()[teruggezet++ % TerugkeerReden.values().length];
                    agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, punt.referentie(), reden,
                            teruggezet % 2 == 0 ? null : "Besproken op " + begin.toLocalDate());
                    nogTerug.put(punt.referentie(), terug - 1);
                    perReden.merge(reden, 1, Integer::sum);
                } else {
                    agenda.handelAf(Tafel.ZSM_VERDIEPING, huis, punt.referentie());
                }
            }
        }

        assertThat(volgende).as("cases put on").isEqualTo(CASUSSEN);
        assertThat(jdbc.sql("""
                select count(*) from agenda_sessie s where s.huis = :huis and (s.bezet > 3 or s.max_casussen <> 3
                    or s.bezet <> (select count(*) from agenda_punt p where p.sessie_id = s.id))""")
                .param("huis", huis).query(Long.class).single()).as("sessions past their cap").isZero();
        assertThat(jdbc.sql("select count(*) from agenda_punt where huis = :huis and terugkeer > 0 and terugkeer_reden is null")
                .param("huis", huis).query(Long.class).single()).as("returns without a reason").isZero();
        List<Integer> keerTerug = jdbc.sql("""
                select max(terugkeer) from agenda_punt where huis = :huis group by referentie order by max(terugkeer) desc""")
                .param("huis", huis).query(Integer.class).list();
        assertThat(keerTerug).hasSize(CASUSSEN);
        assertThat(keerTerug).filteredOn(n -> n >= 1).hasSize(20);
        assertThat(keerTerug.get(0)).isEqualTo(5);
        assertThat(keerTerug).filteredOn(n -> n == 5).hasSize(1);
        assertThat(jdbc.sql("select count(*) from agenda_punt where huis = :huis and status <> 'BESPROKEN'")
                .param("huis", huis).query(Long.class).single()).as("cases still waiting after 12 weeks").isZero();
        int terugkeerTotaal = perReden.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(terugkeerTotaal).isEqualTo(24);
        assertThat(perReden).containsOnlyKeys(TerugkeerReden.values());

        double gemiddeldeDagen = wachttijden.stream().mapToLong(Duration::toMinutes).average().orElseThrow() / (24 * 60);
        System.out.printf("""
                ZSM-verdiepingspilot op de agenda: %d weken, %d sessies (%d vol), %d casussen, %d keer besproken.
                  terug op de agenda: %d casussen, %d keer (%s); vaakst: %d keer.
                  gemiddeld %.1f dagen van ZSM tot de eerste sessie; geen sessie boven de 3 casussen.%n""",
                WEKEN, sessiesGehouden, volleSessies, CASUSSEN, CASUSSEN + terugkeerTotaal,
                keerTerug.stream().filter(n -> n >= 1).count(), terugkeerTotaal, perReden, keerTerug.get(0), gemiddeldeDagen);
        assertThat(gemiddeldeDagen).as("days from ZSM to the session").isLessThan(7);
    }
}
