package nl.casusregie.casus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** New incidents on a case (table incident), one per key per case, with the chair's answer to each. */
@Repository
public class IncidentRepository {

    /**
     * An incident: what reported it, what happened, who reported it (a user id, or "systeem") for which
     * partner group, and when; the chair's answer (an earlier meeting or why the next one stays) once given.
     */
    public record Gemeld(long id, long casusId, String bron, String omschrijving, String sleutel, String gemeldDoor,
                         String gemeldDoorGroep, LocalDateTime gemeldOp, LocalDate vervroegdOverleg,
                         String vervroegingReden, String beslotenDoor, LocalDateTime beslotenOp) {

        public boolean besloten() {
            return beslotenOp != null;
        }
    }

    private static final String COLUMNS = """
            id, casus_id, bron, omschrijving, sleutel, gemeld_door, gemeld_door_groep, gemeld_op, vervroegd_overleg,
            vervroeging_reden, besloten_door, besloten_op""";

    private final JdbcClient jdbc;

    public IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident of the case with this key, if it was reported before. */
    public Optional<Long> metSleutel(long casusId, String sleutel) {
        return jdbc.sql("select id from incident where casus_id = :casus and sleutel = :sleutel")
                .param("casus", casusId).param("sleutel", sleutel).query(Long.class).optional();
    }

    public long voegToe(long casusId, String bron, String omschrijving, String sleutel, String door, String groep,
                       boolean voorTriage) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into incident (casus_id, bron, omschrijving, sleutel, gemeld_door, gemeld_door_groep, gemeld_op, voor_triage)
                values (:casus, :bron, :omschrijving, :sleutel, :door, :groep, :op, :voorTriage)""")
                .param("casus", casusId).param("bron", bron).param("omschrijving", omschrijving)
                .param("sleutel", sleutel).param("door", door).param("groep", groep).param("op", LocalDateTime.now())
                .param("voorTriage", voorTriage).update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Gemeld> get(long id) {
        return jdbc.sql("select " + COLUMNS + " from incident where id = :id").param("id", id).query(this::map).optional();
    }

    /** The case's incidents, newest first. */
    public List<Gemeld> vanCasus(long casusId) {
        return jdbc.sql("select " + COLUMNS + " from incident where casus_id = :casus order by id desc")
                .param("casus", casusId).query(this::map).list();
    }

    /** The chair's answer: an earlier meeting, or why the next one stays as planned. */
    public void legVervroegingVast(long id, LocalDate vervroegdOverleg, String reden, String door) {
        jdbc.sql("""
                update incident set vervroegd_overleg = :datum, vervroeging_reden = :reden, besloten_door = :door,
                    besloten_op = :op
                where id = :id""")
                .param("datum", vervroegdOverleg).param("reden", reden).param("door", door).param("op", LocalDateTime.now())
                .param("id", id).update();
    }

    private Gemeld map(ResultSet rs, int row) throws SQLException {
        return new Gemeld(rs.getLong("id"), rs.getLong("casus_id"), rs.getString("bron"), rs.getString("omschrijving"),
                rs.getString("sleutel"), rs.getString("gemeld_door"), rs.getString("gemeld_door_groep"),
                rs.getObject("gemeld_op", LocalDateTime.class), rs.getObject("vervroegd_overleg", LocalDate.class),
                rs.getString("vervroeging_reden"), rs.getString("besloten_door"),
                rs.getObject("besloten_op", LocalDateTime.class));
    }
}
