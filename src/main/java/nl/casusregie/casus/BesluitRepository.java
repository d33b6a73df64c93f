package nl.casusregie.casus;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions on a case: what was advised, what was decided, whether it deviated, and why. */
@Repository
public class BesluitRepository {

    public record Besluit(String soort, String advies, String uitkomst, boolean afwijkend, String reden,
                          String genomenDoor) {
    }

    private final JdbcClient jdbc;

    public BesluitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long casusId, Besluit besluit) {
        jdbc.sql("""
                insert into besluit (casus_id, soort, advies, uitkomst, afwijkend, reden, genomen_door, genomen_op)
                values (:casus, :soort, :advies, :uitkomst, :afwijkend, :reden, :door, :op)""")
                .param("casus", casusId)
                .param("soort", besluit.soort())
                .param("advies", besluit.advies())
                .param("uitkomst", besluit.uitkomst())
                .param("afwijkend", besluit.afwijkend())
                .param("reden", besluit.reden())
                .param("door", besluit.genomenDoor())
                .param("op", LocalDateTime.now())
                .update();
    }

    public List<Besluit> ofCase(long casusId) {
        return jdbc.sql("""
                select soort, advies, uitkomst, afwijkend, reden, genomen_door from besluit
                where casus_id = :casus order by id""")
                .param("casus", casusId)
                .query((rs, i) -> new Besluit(rs.getString("soort"), rs.getString("advies"), rs.getString("uitkomst"),
                        rs.getBoolean("afwijkend"), rs.getString("reden"), rs.getString("genomen_door")))
                .list();
    }
}
