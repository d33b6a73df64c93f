package nl.casusregie.brief;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reads what a letter to the clients says from the project's tables, and keeps the letters made. */
@Repository
class ClientbriefRepository {

    private final JdbcClient jdbc;

    ClientbriefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting round with its case, as far as the letter needs it. */
    record Ronde(long overlegId, long casusId, String casusnummer, String huis, long huishoudenId, String casusregisseur,
                 int ronde, LocalDate datum, LocalDate volgendOverleg, Boolean clientenAanwezig) {
    }

    Optional<Ronde> ronde(long overlegId) {
        return jdbc.sql("""
                select o.id, o.casus_id, o.ronde, coalesce(o.datum, cast(o.vastgelegd_op as date)) as datum,
                       o.volgend_overleg, o.clienten_aanwezig, c.nummer, c.huis, c.huishouden_id, c.casusregisseur
                from overleg o join casus c on c.id = o.casus_id
                where o.id = :overleg""")
                .param("overleg", overlegId)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getLong("casus_id"), rs.getString("nummer"),
                        rs.getString("huis"), rs.getLong("huishouden_id"), rs.getString("casusregisseur"), rs.getInt("ronde"),
                        rs.getObject("datum", LocalDate.class), rs.getObject("volgend_overleg", LocalDate.class),
                        (Boolean) rs.getObject("clienten_aanwezig")))
                .optional();
    }

    /** An agreement as the clients may read it: who, what, by when, and whether it is a minimum condition. */
    record Afspraak(String partner, String wat, LocalDate deadline, boolean bodemeis) {
    }

    /**
     * The round's agreements that the clients may read. What is said in the OM's segment never
     * reaches the clients (domain.md §4): the public prosecutor speaks there without them to keep
     * its independent position, and what it says could reach a suspect's lawyer. So the rows of an
     * OM segment are left out here, in the query, where no later change to the letter can let them
     * through: only agreements made outside any segment or in a segment of another kind.
     */
    List<Afspraak> afsprakenVoorClienten(long overlegId) {
        return jdbc.sql("""
                select a.partner, a.wat, a.deadline, a.bodemeis
                from afspraak a left join overleg_segment s on s.id = a.segment_id
                where a.overleg_id = :overleg and (a.segment_id is null or s.soort <> 'OM')
                order by a.id""")
                .param("overleg", overlegId)
                .query((rs, i) -> new Afspraak(rs.getString("partner"), rs.getString("wat"),
                        rs.getObject("deadline", LocalDate.class), rs.getBoolean("bodemeis")))
                .list();
    }

    long bewaar(Ronde ronde, byte[] pdf, List<String> talen, String door) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into clientbrief (overleg_id, casus_id, pdf, talen, gemaakt_door, gemaakt_op)
                values (:overleg, :casus, :pdf, :talen, :door, :op)""")
                .param("overleg", ronde.overlegId())
                .param("casus", ronde.casusId())
                .param("pdf", pdf)
                .param("talen", String.join(",", talen))
                .param("door", door)
                .param("op", LocalDateTime.now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A stored letter: the PDF and when it was made. */
    record Opgeslagen(byte[] pdf, LocalDateTime gemaaktOp) {
    }

    /** The letter with that id, only if it belongs to that case. */
    Optional<Opgeslagen> brief(long casusId, long id) {
        return jdbc.sql("select pdf, gemaakt_op from clientbrief where id = :id and casus_id = :casus")
                .param("id", id).param("casus", casusId)
                .query((rs, i) -> new Opgeslagen(rs.getBytes("pdf"), rs.getObject("gemaakt_op", LocalDateTime.class)))
                .optional();
    }
}
