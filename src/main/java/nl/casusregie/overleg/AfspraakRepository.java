package nl.casusregie.overleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agreements as their follow-up works on them: bound to their afspraak-opvolging instance, closed
 * with an outcome.
 */
@Repository
public class AfspraakRepository {

    /**
     * One agreement with what its follow-up needs; bodemeis: a minimum condition its partner guards.
     * An action of an Actie-Overleg's tactical plan has no case (casusId null, no case director);
     * casusnummer is then the Actie-Overleg's number, its follow-up's business key.
     */
    public record Gemaakt(long id, Long casusId, String huis, String casusnummer, String partner, String wat,
                          LocalDate deadline, String waarom, String casusregisseur, boolean bodemeis) {

        /** Who chairs the table that made it: the procesregisseur, or for an Actie-Overleg's plan the officer. */
        public String voorzitter() {
            return casusId == null ? PartnerGroup.OM.id() : PartnerGroup.PROCESREGISSEUR.id();
        }
    }

    /**
     * What the meeting that set a minimum condition agreed around it (what happens when it is
     * broken, when it meets next) and what the guard reported (status, what happened, who, when).
     */
    public record Bewaking(String bijSchending, LocalDate volgendOverleg, String status, String toelichting,
                           String gemeldDoor, LocalDateTime gemeldOp) {
    }

    private static final String SELECT = """
            select a.id, a.casus_id, coalesce(c.huis, ao.huis) huis, coalesce(c.nummer, ao.nummer) nummer, a.partner, a.wat,
                a.deadline, a.waarom, c.casusregisseur, a.bodemeis
            from afspraak a left join casus c on c.id = a.casus_id left join actie_overleg ao on ao.id = a.actie_overleg_id""";

    private final JdbcClient jdbc;

    public AfspraakRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Gemaakt> ofRound(long overlegId) {
        return jdbc.sql(SELECT + " where a.overleg_id = :o order by a.id").param("o", overlegId).query(this::map).list();
    }

    /** The actions of an Actie-Overleg's tactical plan recorded at this moment (one session's), oldest first. */
    public List<Gemaakt> vanActieOverleg(long actieOverlegId) {
        return jdbc.sql(SELECT + " where a.actie_overleg_id = :ao and a.proces_instantie_id is null order by a.id")
                .param("ao", actieOverlegId).query(this::map).list();
    }

    /** The agreement bound to this afspraak-opvolging instance, if it is one of this house. */
    public Optional<Gemaakt> ofInstance(String processInstanceId, String huis) {
        return jdbc.sql(SELECT + " where a.proces_instantie_id = :i and coalesce(c.huis, ao.huis) = :huis")
                .param("i", processInstanceId).param("huis", huis).query(this::map).optional();
    }

    /** The agreement bound to this instance, for showing on a task the engine already showed the user. */
    public Optional<Gemaakt> ofInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " where a.proces_instantie_id = :i").param("i", processInstanceId).query(this::map).optional();
    }

    /** Binds the agreement to its follow-up, once. */
    public void bind(long afspraakId, String processInstanceId) {
        int bound = jdbc.sql("update afspraak set proces_instantie_id = :i where id = :id and proces_instantie_id is null")
                .param("i", processInstanceId).param("id", afspraakId).update();
        if (bound != 1) {
            throw new IllegalStateException("Afspraak " + afspraakId + " heeft al een opvolging");
        }
    }

    void close(long afspraakId, String uitkomst, String toelichting, String door, LocalDateTime op) {
        jdbc.sql("""
                update afspraak set status = :uitkomst, toelichting = :toelichting, afgerond_door = :door, afgerond_op = :op
                where id = :id""")
                .param("uitkomst", uitkomst).param("toelichting", toelichting).param("door", door).param("op", op)
                .param("id", afspraakId).update();
    }

    /** The meeting's agreements around the minimum condition bound to this instance, and the guard's report. */
    public Optional<Bewaking> bewaking(String processInstanceId) {
        return jdbc.sql("""
                select o.bij_schending, o.volgend_overleg, a.status, a.toelichting, a.afgerond_door, a.afgerond_op
                from afspraak a join overleg o on o.id = a.overleg_id
                where a.proces_instantie_id = :i and a.bodemeis = true""")
                .param("i", processInstanceId)
                .query((rs, row) -> new Bewaking(rs.getString("bij_schending"), rs.getObject("volgend_overleg", LocalDate.class),
                        rs.getString("status"), rs.getString("toelichting"), rs.getString("afgerond_door"),
                        rs.getObject("afgerond_op", LocalDateTime.class)))
                .optional();
    }

    private Gemaakt map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Gemaakt(rs.getLong("id"), rs.getObject("casus_id", Long.class), rs.getString("huis"), rs.getString("nummer"),
                rs.getString("partner"), rs.getString("wat"), rs.getObject("deadline", LocalDate.class),
                rs.getString("waarom"), rs.getString("casusregisseur"), rs.getBoolean("bodemeis"));
    }
}
