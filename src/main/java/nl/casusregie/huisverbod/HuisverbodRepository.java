package nl.casusregie.huisverbod;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The orders (huisverbod), their people and the help started during them, in the project's tables (V10). */
@Repository
public class HuisverbodRepository {

    static final String UITHUISGEPLAATSTE = "UITHUISGEPLAATSTE";
    static final String ACHTERBLIJVER = "ACHTERBLIJVER";

    private static final String COLUMNS = """
            h.id, h.huis, h.casus_id, c.nummer, h.proces_instantie_id, h.opgelegd_op, h.eindigt_op, h.status,
            h.verlengingsbesluit, h.beeindigd_op, h.besluit_uiterlijk from huisverbod h join casus c on c.id = h.casus_id""";

    /** An order as the process and the services need it; what people wrote is read where it is shown. */
    public record Verbod(long id, String huis, long casusId, String casusnummer, String procesInstantieId,
                         LocalDateTime opgelegdOp, LocalDateTime eindigtOp, HuisverbodStatus status,
                         Verlengingsbesluit besluit, LocalDateTime beeindigdOp, LocalDateTime besluitUiterlijk) {
    }

    /** The help started for one side of the household; uitkomst null while open. */
    public record Hulp(HulpVoor voor, String partner, HulpUitkomst uitkomst, String toelichting, String door,
                       LocalDateTime op) {
    }

    private final JdbcClient jdbc;

    HuisverbodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String huis, long casusId, LocalDateTime opgelegdOp, String door, String partner, boolean aanmeldingGestart,
                LocalDateTime eindigtOp) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into huisverbod (huis, casus_id, opgelegd_op, opgelegd_door, partner, geregistreerd_op,
                    aanmelding_gestart, eindigt_op, status)
                values (:huis, :casus, :opgelegd, :door, :partner, :nu, :aanmelding, :eindigt, :status)""")
                .param("huis", huis).param("casus", casusId).param("opgelegd", opgelegdOp).param("door", door)
                .param("partner", partner).param("nu", LocalDateTime.now()).param("aanmelding", aanmeldingGestart)
                .param("eindigt", eindigtOp).param("status", HuisverbodStatus.LOPEND.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertPersoon(long huisverbodId, String rol, Persoon persoon) {
        jdbc.sql("insert into huisverbod_persoon (huisverbod_id, rol, naam, geboortedatum) values (:id, :rol, :naam, :geboren)")
                .param("id", huisverbodId).param("rol", rol).param("naam", persoon.naam().strip())
                .param("geboren", persoon.geboortedatum()).update();
    }

    /** The help task's row, open until the partner records what came of it. */
    void insertHulp(long huisverbodId, HulpVoor voor) {
        jdbc.sql("insert into huisverbod_hulp (huisverbod_id, voor, partner) values (:id, :voor, :partner)")
                .param("id", huisverbodId).param("voor", voor.name()).param("partner", voor.partner().id()).update();
    }

    /** Binds a new order to the huisverbod instance that its registration started: once, in its own house. */
    boolean bind(long id, String huis, String processInstanceId) {
        return jdbc.sql("""
                update huisverbod set proces_instantie_id = :instantie
                where id = :id and huis = :huis and proces_instantie_id is null""")
                .param("instantie", processInstanceId).param("id", id).param("huis", huis).update() == 1;
    }

    Optional<Verbod> find(long id, String huis) {
        return jdbc.sql("select " + COLUMNS + " where h.id = :id and h.huis = :huis")
                .param("id", id).param("huis", huis).query(this::map).optional();
    }

    /** The order bound to this huisverbod instance, in this house. */
    Optional<Verbod> ofInstance(String processInstanceId, String huis) {
        return jdbc.sql("select " + COLUMNS + " where h.proces_instantie_id = :instantie and h.huis = :huis")
                .param("instantie", processInstanceId).param("huis", huis).query(this::map).optional();
    }

    void legBesluitUiterlijkVast(long id, LocalDateTime uiterlijk) {
        jdbc.sql("update huisverbod set besluit_uiterlijk = :uiterlijk where id = :id")
                .param("uiterlijk", uiterlijk).param("id", id).update();
    }

    /** The order bound to this instance, for showing it on the instance's own task forms. */
    Optional<Verbod> ofInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " where h.proces_instantie_id = :instantie")
                .param("instantie", processInstanceId).query(this::map).optional();
    }

    /** Whether the case already has a running order imposed at that moment (the same order registered twice). */
    boolean lopendOpgelegd(long casusId, LocalDateTime opgelegdOp) {
        return jdbc.sql("select count(*) from huisverbod where casus_id = :casus and opgelegd_op = :op and status = :status")
                .param("casus", casusId).param("op", opgelegdOp).param("status", HuisverbodStatus.LOPEND.name())
                .query(Long.class).single() > 0;
    }

    /** The decision on extension; an extension moves the order's end to its own. */
    void legBesluitVast(long id, Verlengingsbesluit besluit, LocalDateTime verlengdTot, String reden, String door,
                        LocalDateTime op, LocalDateTime eindigtOp) {
        jdbc.sql("""
                update huisverbod set verlengingsbesluit = :besluit, verlengd_tot = :tot, besluit_reden = :reden,
                    besluit_door = :door, besluit_op = :op, eindigt_op = :eindigt
                where id = :id""")
                .param("besluit", besluit.name()).param("tot", verlengdTot).param("reden", reden).param("door", door)
                .param("op", op).param("eindigt", eindigtOp).param("id", id).update();
    }

    void legHulpVast(long huisverbodId, HulpVoor voor, HulpUitkomst uitkomst, String toelichting, String door,
                     LocalDateTime op) {
        jdbc.sql("""
                update huisverbod_hulp set uitkomst = :uitkomst, toelichting = :toelichting, door = :door, op = :op
                where huisverbod_id = :id and voor = :voor""")
                .param("uitkomst", uitkomst.name()).param("toelichting", toelichting).param("door", door).param("op", op)
                .param("id", huisverbodId).param("voor", voor.name()).update();
    }

    /** Ends a running order (it ran out, or expired without a decision); false if it had ended already. */
    boolean beeindig(long id, HuisverbodStatus status, LocalDateTime op) {
        return jdbc.sql("update huisverbod set status = :status, beeindigd_op = :op where id = :id and status = :lopend")
                .param("status", status.name()).param("op", op).param("id", id)
                .param("lopend", HuisverbodStatus.LOPEND.name()).update() == 1;
    }

    /** Lifts a running order; false if it had ended already. */
    boolean trekIn(long id, String reden, String door, LocalDateTime op) {
        return jdbc.sql("""
                update huisverbod set status = :status, beeindigd_op = :op, intrekking_reden = :reden, ingetrokken_door = :door
                where id = :id and status = :lopend""")
                .param("status", HuisverbodStatus.INGETROKKEN.name()).param("op", op).param("reden", reden)
                .param("door", door).param("id", id).param("lopend", HuisverbodStatus.LOPEND.name()).update() == 1;
    }

    void opAgendaGezet(long id, LocalDateTime op) {
        jdbc.sql("update huisverbod set op_agenda_op = :op where id = :id").param("op", op).param("id", id).update();
    }

    /** The people of the order in one role, in the order given. */
    List<Persoon> personen(long huisverbodId, String rol) {
        return jdbc.sql("select naam, geboortedatum from huisverbod_persoon where huisverbod_id = :id and rol = :rol order by id")
                .param("id", huisverbodId).param("rol", rol)
                .query((rs, i) -> new Persoon(rs.getString("naam"), rs.getObject("geboortedatum", LocalDate.class)))
                .list();
    }

    List<Hulp> hulp(long huisverbodId) {
        return jdbc.sql("select voor, partner, uitkomst, toelichting, door, op from huisverbod_hulp where huisverbod_id = :id order by id")
                .param("id", huisverbodId)
                .query((rs, i) -> new Hulp(HulpVoor.valueOf(rs.getString("voor")), rs.getString("partner"),
                        rs.getString("uitkomst") == null ? null : HulpUitkomst.valueOf(rs.getString("uitkomst")),
                        rs.getString("toelichting"), rs.getString("door"), rs.getObject("op", LocalDateTime.class)))
                .list();
    }

    private Verbod map(ResultSet rs, int row) throws SQLException {
        String besluit = rs.getString("verlengingsbesluit");
        return new Verbod(rs.getLong("id"), rs.getString("huis"), rs.getLong("casus_id"), rs.getString("nummer"),
                rs.getString("proces_instantie_id"), rs.getObject("opgelegd_op", LocalDateTime.class),
                rs.getObject("eindigt_op", LocalDateTime.class), HuisverbodStatus.valueOf(rs.getString("status")),
                besluit == null ? null : Verlengingsbesluit.valueOf(besluit), rs.getObject("beeindigd_op", LocalDateTime.class),
                rs.getObject("besluit_uiterlijk", LocalDateTime.class));
    }
}
