package nl.casusregie.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agenda rules on the engine's clock, with the shipped settings: ZSM deepening Tuesday and
 * Friday 13:30 with at most three cases and a cut-off of a day, Actie-Overleg Thursday 10:00 with
 * at most six and a cut-off of 18 hours. Monday 2 March 2026 is the first day; each test has a
 * house of its own.
 */
@CasusregieTest
class AgendaServiceTest {

    private static final LocalDateTime MAANDAG = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDateTime DINSDAG_SESSIE = LocalDateTime.of(2026, 3, 3, 13, 30);
    private static final LocalDateTime VRIJDAG_SESSIE = LocalDateTime.of(2026, 3, 6, 13, 30);
    private static final LocalDateTime VOLGENDE_DINSDAG_SESSIE = LocalDateTime.of(2026, 3, 10, 13, 30);

    @Autowired AgendaService agenda;
    @Autowired JdbcClient jdbc;

    private final String huis = Fixture.uniek("agenda");

    @BeforeEach
    void maandagOchtend() {
        klok(MAANDAG);
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private static void klok(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private Agendapunt zetOp(String referentie) {
        return agenda.zetOpAgenda(Tafel.ZSM_VERDIEPING, huis, referentie, "instantie-" + referentie);
    }

    private int bezet(LocalDateTime begin) {
        return jdbc.sql("select bezet from agenda_sessie where huis = :huis and begint_op = :begin")
                .param("huis", huis).param("begin", begin).query(Integer.class).single();
    }

    @Test
    @DisplayName("a new case goes on the next session whose agenda is still open")
    void nextSession() {
        Agendapunt punt = zetOp("ZSM-1");
        assertThat(punt.sessieBegin()).isEqualTo(DINSDAG_SESSIE);
        assertThat(punt.sessieEinde()).isEqualTo(DINSDAG_SESSIE.plusMinutes(75));
        assertThat(punt.status()).isEqualTo(AgendapuntStatus.GEAGENDEERD);
        assertThat(punt.isTerugkeer()).isFalse();
        assertThat(punt.procesInstantieId()).isEqualTo("instantie-ZSM-1");
    }

    @Test
    @DisplayName("cut-off: up to a day before the session it is open; a minute later the case goes to the session after")
    void cutOff() {
        klok(DINSDAG_SESSIE.minusHours(24));
        assertThat(zetOp("ZSM-1").sessieBegin()).isEqualTo(DINSDAG_SESSIE);
        klok(DINSDAG_SESSIE.minusHours(24).plusMinutes(1));
        assertThat(zetOp("ZSM-2").sessieBegin()).isEqualTo(VRIJDAG_SESSIE);
    }

    @Test
    @DisplayName("cap: the fourth case goes on the next session, and a full session stays full")
    void cap() {
        assertThat(List.of(zetOp("ZSM-1"), zetOp("ZSM-2"), zetOp("ZSM-3"), zetOp("ZSM-4")))
                .extracting(Agendapunt::sessieBegin)
                .containsExactly(DINSDAG_SESSIE, DINSDAG_SESSIE, DINSDAG_SESSIE, VRIJDAG_SESSIE);
        assertThat(bezet(DINSDAG_SESSIE)).isEqualTo(3);
        assertThat(bezet(VRIJDAG_SESSIE)).isEqualTo(1);
    }

    @Test
    @DisplayName("the database itself refuses more cases on a session than its cap")
    void databaseRefusesPastTheCap() {
        zetOp("ZSM-1");
        assertThatThrownBy(() -> jdbc.sql("update agenda_sessie set bezet = max_casussen + 1 where huis = :huis")
                .param("huis", huis).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update agenda_punt set terugkeer = 1 where huis = :huis")
                .param("huis", huis).update()).as("a return without a reason").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @DisplayName("put on twice, it is on once; put on again after its session, it needs a reason")
    void onceOnly() {
        Agendapunt eerste = zetOp("ZSM-1");
        assertThat(zetOp("ZSM-1")).isEqualTo(eerste);
        assertThat(bezet(DINSDAG_SESSIE)).isEqualTo(1);
        klok(DINSDAG_SESSIE.plusHours(2));
        assertThat(agenda.handelAf(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).isTrue();
        assertThatThrownBy(() -> zetOp("ZSM-1")).isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> {
            assertThat(e.veld()).isEqualTo("terugkeerReden");
            assertThat(e.getMessage()).startsWith("Reden terug op de agenda: ZSM-1 is al besproken in het "
                    + "ZSM-verdiepingsoverleg van 3 maart 2026, 13:30");
        });
    }

    @Test
    @DisplayName("a return with a reason: the item is discussed and the case goes on the next open session after it")
    void returnWithReason() {
        zetOp("ZSM-1");
        klok(DINSDAG_SESSIE.plusMinutes(80));
        Agendapunt terug = agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", TerugkeerReden.INFORMATIE_ONTBREEKT,
                "  Verklaring van de huisarts  ");
        assertThat(terug.sessieBegin()).isEqualTo(VRIJDAG_SESSIE);
        assertThat(terug.terugkeer()).isEqualTo(1);
        assertThat(terug.reden()).isEqualTo(TerugkeerReden.INFORMATIE_ONTBREEKT);
        assertThat(terug.toelichting()).isEqualTo("Verklaring van de huisarts");
        assertThat(terug.procesInstantieId()).isEqualTo("instantie-ZSM-1");
        klok(VRIJDAG_SESSIE.plusMinutes(80));
        Agendapunt nogmaals = agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", TerugkeerReden.VOLGEN, null);
        assertThat(nogmaals.sessieBegin()).isEqualTo(VOLGENDE_DINSDAG_SESSIE);
        assertThat(nogmaals.terugkeer()).isEqualTo(2);
        assertThat(agenda.geschiedenis(Tafel.ZSM_VERDIEPING, huis, "ZSM-1"))
                .extracting(Agendapunt::status, Agendapunt::terugkeer, Agendapunt::reden)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AgendapuntStatus.BESPROKEN, 0, null),
                        org.assertj.core.groups.Tuple.tuple(AgendapuntStatus.BESPROKEN, 1, TerugkeerReden.INFORMATIE_ONTBREEKT),
                        org.assertj.core.groups.Tuple.tuple(AgendapuntStatus.GEAGENDEERD, 2, TerugkeerReden.VOLGEN));
    }

    @Test
    @DisplayName("a return goes after its current session, even when that session is still to come, and skips a full one")
    void returnAfterCurrentSession() {
        zetOp("ZSM-1");
        // Friday is full before the case comes back.
        klok(DINSDAG_SESSIE.minusHours(25));
        zetOp("ZSM-2");
        zetOp("ZSM-3");
        klok(DINSDAG_SESSIE.minusHours(23));
        zetOp("ZSM-4");
        zetOp("ZSM-5");
        zetOp("ZSM-6");
        assertThat(bezet(VRIJDAG_SESSIE)).isEqualTo(3);
        Agendapunt terug = agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", TerugkeerReden.WACHTEN_OP_ACTIE, null);
        assertThat(terug.sessieBegin()).isEqualTo(VOLGENDE_DINSDAG_SESSIE);
    }

    @Test
    @DisplayName("a return without a reason is refused in Dutch naming the field, and changes nothing")
    void returnWithoutReason() {
        Agendapunt punt = zetOp("ZSM-1");
        assertThatThrownBy(() -> agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", null, "Zie verslag"))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> {
                    assertThat(e.veld()).isEqualTo("terugkeerReden");
                    assertThat(e.getMessage()).isEqualTo("Reden terug op de agenda: kies een reden (informatie ontbreekt, "
                            + "wachten op een actie, volgen en veiligheid nog niet geregeld).");
                });
        assertThatThrownBy(() -> agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", TerugkeerReden.VOLGEN,
                "x".repeat(2001))).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Toelichting terug op de agenda: is langer dan 2000 tekens."));
        assertThat(agenda.geschiedenis(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).containsExactly(punt);
        assertThatThrownBy(() -> agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-9", TerugkeerReden.VOLGEN, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("ZSM-9 staat niet op de agenda van het ZSM-verdiepingsoverleg; zet de casus eerst op de agenda."));
    }

    @Test
    @DisplayName("handled: the case leaves the agenda and keeps its place in the session that discussed it")
    void handled() {
        zetOp("ZSM-1");
        klok(DINSDAG_SESSIE.plusMinutes(30));
        assertThat(agenda.handelAf(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).isTrue();
        assertThat(agenda.handelAf(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).as("twice").isFalse();
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).isEmpty();
        assertThat(bezet(DINSDAG_SESSIE)).isEqualTo(1);
    }

    @Test
    @DisplayName("taken off before its session: the place is free for another case")
    void takenOff() {
        zetOp("ZSM-1");
        zetOp("ZSM-2");
        zetOp("ZSM-3");
        assertThat(agenda.haalVanAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-2")).isTrue();
        assertThat(agenda.haalVanAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-2")).isFalse();
        assertThat(zetOp("ZSM-4").sessieBegin()).isEqualTo(DINSDAG_SESSIE);
        assertThat(bezet(DINSDAG_SESSIE)).isEqualTo(3);
    }

    @Test
    @DisplayName("Actie-Overleg: weekly on Thursday 10:00, the agenda closes at 16:00 the day before")
    void actieOverleg() {
        klok(LocalDateTime.of(2026, 3, 4, 16, 0));
        assertThat(agenda.zetOpAgenda(Tafel.ACTIE_OVERLEG, huis, "AO-1", null).sessieBegin())
                .isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 0));
        klok(LocalDateTime.of(2026, 3, 4, 16, 1));
        assertThat(agenda.zetOpAgenda(Tafel.ACTIE_OVERLEG, huis, "AO-2", null).sessieBegin())
                .isEqualTo(LocalDateTime.of(2026, 3, 12, 10, 0));
        assertThat(agenda.zetOpAgenda(Tafel.ACTIE_OVERLEG, huis, "ZSM-1", null).sessieBegin())
                .as("the tables keep separate agendas").isEqualTo(LocalDateTime.of(2026, 3, 12, 10, 0));
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, huis, "ZSM-1")).isEmpty();
    }

    @Test
    @DisplayName("every change is in the audit log, with the house, and without the explanation")
    void audited() {
        zetOp("ZSM-1");
        klok(DINSDAG_SESSIE.plusHours(2));
        agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-1", TerugkeerReden.VEILIGHEID_NIET_GEREGELD, "Geheim");
        agenda.handelAf(Tafel.ZSM_VERDIEPING, huis, "ZSM-1");
        zetOp("ZSM-2");
        agenda.haalVanAgenda(Tafel.ZSM_VERDIEPING, huis, "ZSM-2");
        assertThat(jdbc.sql("select actie from audit_log where huis = :huis order by id").param("huis", huis)
                .query(String.class).list())
                .containsExactly("AGENDA_GEZET", "AGENDA_TERUG", "AGENDA_BESPROKEN", "AGENDA_GEZET", "AGENDA_INGETROKKEN");
        assertThat(jdbc.sql("select count(*) from audit_log where huis = :huis and details like '%Geheim%'")
                .param("huis", huis).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("eight cases put on at the same moment never exceed the cap: three, three and two")
    void concurrent() throws Exception {
        int gelijktijdig = 8;
        ExecutorService threads = Executors.newFixedThreadPool(gelijktijdig);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Agendapunt>> punten = new ArrayList<>();
        try {
            for (int i = 1; i <= gelijktijdig; i++) {
                String referentie = "ZSM-" + i;
                Callable<Agendapunt> zetten = () -> {
                    start.await();
                    return zetOp(referentie);
                };
                punten.add(threads.submit(zetten));
            }
            start.countDown();
            List<LocalDateTime> sessies = new ArrayList<>();
            for (Future<Agendapunt> punt : punten) {
                sessies.add(punt.get(60, TimeUnit.SECONDS).sessieBegin());
            }
            assertThat(sessies).filteredOn(DINSDAG_SESSIE::equals).hasSize(3);
            assertThat(sessies).filteredOn(VRIJDAG_SESSIE::equals).hasSize(3);
            assertThat(sessies).filteredOn(VOLGENDE_DINSDAG_SESSIE::equals).hasSize(2);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select count(*) from agenda_sessie s
                where s.huis = :huis and (s.bezet > 3
                    or s.bezet <> (select count(*) from agenda_punt p where p.sessie_id = s.id))""")
                .param("huis", huis).query(Long.class).single()).isZero();
    }
}
