package nl.casusregie.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sessions and the cases on them, in the project's tables (V12). */
@Repository
class AgendaRepository {

    private static final String PUNT = """
            select p.id, p.tafel, p.huis, p.referentie, p.proces_instantie_id, s.begint_op, s.eindigt_op, p.terugkeer,
                p.terugkeer_reden, p.terugkeer_toelichting, p.status
            from agenda_punt p join agenda_sessie s on s.id = p.sessie_id""";

    /** A session as stored; bezet counts its places taken. */
    record Sessie(long id, LocalDateTime begintOp, LocalDateTime eindigtOp, int maxCasussen, int bezet) {
    }

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> sessieId(String huis, Tafel tafel, LocalDateTime begin) {
        return jdbc.sql("select id from agenda_sessie where huis = :huis and tafel = :tafel and begint_op = :begin")
                .param("huis", huis).param("tafel", tafel.name()).param("begin", begin).query(Long.class).optional();
    }

    /** A new, empty session; fails on the unique key when another transaction created it first. */
    void insertSessie(String huis, Tafel tafel, LocalDateTime begin, LocalDateTime einde, int maxCasussen) {
        jdbc.sql("""
                insert into agenda_sessie (huis, tafel, begint_op, eindigt_op, max_casussen, bezet)
                values (:huis, :tafel, :begin, :einde, :max, 0)""")
                .param("huis", huis).param("tafel", tafel.name()).param("begin", begin).param("einde", einde)
                .param("max", maxCasussen).update();
    }

    /**
     * Takes a place on the session if fewer than the cap are taken. The database locks the row for
     * the update, so of two cases put on at once only one takes the last place; the check
     * constraint refuses a count past the cap in any case.
     */
    boolean neemPlaats(long sessieId, int maxCasussen) {
        return jdbc.sql("""
                update agenda_sessie set bezet = bezet + 1, max_casussen = :max
                where id = :id and bezet < :max""")
                .param("max", maxCasussen).param("id", sessieId).update() == 1;
    }

    void geefPlaatsVrij(long sessieId) {
        jdbc.sql("update agenda_sessie set bezet = bezet - 1 where id = :id and bezet > 0").param("id", sessieId).update();
    }

    long insertPunt(long sessieId, String huis, Tafel tafel, String referentie, String procesInstantieId, int terugkeer,
                    TerugkeerReden reden, String toelichting, String door, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_punt (sessie_id, huis, tafel, referentie, proces_instantie_id, terugkeer, terugkeer_reden,
                    terugkeer_toelichting, status, geagendeerd_door, geagendeerd_op)
                values (:sessie, :huis, :tafel, :referentie, :instantie, :terugkeer, :reden, :toelichting, :status, :door, :op)""")
                .param("sessie", sessieId).param("huis", huis).param("tafel", tafel.name()).param("referentie", referentie)
                .param("instantie", procesInstantieId).param("terugkeer", terugkeer)
                .param("reden", reden == null ? null : reden.name()).param("toelichting", toelichting)
                .param("status", AgendapuntStatus.GEAGENDEERD.name()).param("door", door).param("op", op)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Agendapunt punt(long id) {
        return jdbc.sql(PUNT + " where p.id = :id").param("id", id).query(AgendaRepository::map).single();
    }

    /** The case's latest item at this table: the one on the latest session. */
    Optional<Agendapunt> laatste(Tafel tafel, String huis, String referentie) {
        return jdbc.sql(PUNT + """
                 where p.tafel = :tafel and p.huis = :huis and p.referentie = :referentie
                order by s.begint_op desc, p.id desc""")
                .param("tafel", tafel.name()).param("huis", huis).param("referentie", referentie)
                .query(AgendaRepository::map).list().stream().findFirst();
    }

    /** Every item of the case at this table, oldest first: its first time on the agenda and each return. */
    List<Agendapunt> geschiedenis(Tafel tafel, String huis, String referentie) {
        return jdbc.sql(PUNT + """
                 where p.tafel = :tafel and p.huis = :huis and p.referentie = :referentie
                order by s.begint_op, p.id""")
                .param("tafel", tafel.name()).param("huis", huis).param("referentie", referentie)
                .query(AgendaRepository::map).list();
    }

    /** Closes an item that is still on the agenda; false if it was not. */
    boolean sluit(long puntId, AgendapuntStatus status, String door, LocalDateTime op) {
        return jdbc.sql("""
                update agenda_punt set status = :status, afgehandeld_door = :door, afgehandeld_op = :op
                where id = :id and status = :geagendeerd""")
                .param("status", status.name()).param("door", door).param("op", op).param("id", puntId)
                .param("geagendeerd", AgendapuntStatus.GEAGENDEERD.name()).update() == 1;
    }

    long sessieVan(long puntId) {
        return jdbc.sql("select sessie_id from agenda_punt where id = :id").param("id", puntId).query(Long.class).single();
    }

    /** The house's sessions of this table that have not ended at that moment, in order. */
    List<Sessie> sessiesNietAfgelopen(Tafel tafel, String huis, LocalDateTime op) {
        return jdbc.sql("""
                select id, begint_op, eindigt_op, max_casussen, bezet from agenda_sessie
                where tafel = :tafel and huis = :huis and eindigt_op > :op order by begint_op""")
                .param("tafel", tafel.name()).param("huis", huis).param("op", op)
                .query((rs, i) -> new Sessie(rs.getLong("id"), rs.getObject("begint_op", LocalDateTime.class),
                        rs.getObject("eindigt_op", LocalDateTime.class), rs.getInt("max_casussen"), rs.getInt("bezet")))
                .list();
    }

    /** The items of these sessions that were not taken off, by session and in the order they were put on. */
    List<Agendapunt> puntenVan(List<Long> sessieIds) {
        if (sessieIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PUNT + " where p.sessie_id in (:sessies) and p.status <> :ingetrokken order by s.begint_op, p.id")
                .param("sessies", sessieIds).param("ingetrokken", AgendapuntStatus.INGETROKKEN.name())
                .query(AgendaRepository::map).list();
    }

    private static Agendapunt map(ResultSet rs, int row) throws SQLException {
        String reden = rs.getString("terugkeer_reden");
        return new Agendapunt(rs.getLong("id"), Tafel.valueOf(rs.getString("tafel")), rs.getString("huis"),
                rs.getString("referentie"), rs.getString("proces_instantie_id"),
                rs.getObject("begint_op", LocalDateTime.class), rs.getObject("eindigt_op", LocalDateTime.class),
                rs.getInt("terugkeer"), reden == null ? null : TerugkeerReden.valueOf(reden),
                rs.getString("terugkeer_toelichting"), AgendapuntStatus.valueOf(rs.getString("status")));
    }
}
