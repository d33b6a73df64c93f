package nl.casusregie.proeftijd;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The probations, their conditions, checks and breaches (V9 migration), in SQL for H2 and PostgreSQL. */
@Repository
public class ProeftijdRepository {

    /** A probation belongs to a household's case or to a ZSM case (V15), never both. */
    private static final String PROEFTIJD = """
            select p.*, c.nummer as casusnummer, z.nummer as zsmnummer from proeftijd p
            left join casus c on c.id = p.casus_id left join zsm_zaak z on z.id = p.zsm_zaak_id""";

    private final JdbcClient jdbc;

    public ProeftijdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A probation as stored, with the number of what it belongs to: a household's case (casusId,
     * casusnummer) or a ZSM case (zsmZaakId, zsmnummer); the other pair is null.
     */
    public record Gegevens(long id, String nummer, String huis, Long casusId, String casusnummer, Long zsmZaakId,
                           String zsmnummer, String soort, LocalDate ingangsdatum, int duurMaanden, LocalDate einddatum,
                           String toezichthouder, String risico, String status, String opgelegdDoor, LocalDateTime opgelegdOp) {

        /** Decided at the ZSM deepening meeting, without a case at the care-and-safety house. */
        public boolean vanZsm() {
            return zsmZaakId != null;
        }

        /** The number of what it belongs to, as forms show it: the case's, or the ZSM case's. */
        public String hoortBij() {
            return vanZsm() ? zsmnummer : casusnummer;
        }
    }

    public record Voorwaarde(long id, long proeftijdId, String soort, String omschrijving, LocalDateTime geldtVanaf,
                             LocalDateTime vervallenOp) {

        boolean geldt() {
            return vervallenOp == null;
        }
    }

    public record Controle(long id, long voorwaardeId, String taakId, LocalDateTime geplandOp, String uitkomst,
                           String bevindingen, String door, LocalDateTime op) {
    }

    public record Overtreding(long id, long proeftijdId, Long voorwaardeId, String wat, String gemeldDoor,
                              String gemeldVia, LocalDateTime gemeldOp, String reactie, String reactieReden,
                              String gereageerdDoor, LocalDateTime gereageerdOp) {
    }

    /**
     * Stores a new probation (status LOPEND) of a case or of a ZSM case (exactly one of the two ids) and
     * gives it its number (PT-year-id), the business key of its process.
     */
    public Gegevens create(String huis, Long casusId, Long zsmZaakId, ProeftijdAanvraag aanvraag, LocalDate einddatum,
                           String door, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proeftijd (nummer, huis, casus_id, zsm_zaak_id, soort, ingangsdatum, duur_maanden, einddatum,
                    toezichthouder, risico, status, opgelegd_door, opgelegd_op)
                values (:nummer, :huis, :casus, :zsm, :soort, :ingang, :duur, :eind, :toezicht, :risico, :status, :door, :op)""")
                .param("nummer", "nieuw-" + UUID.randomUUID().toString().substring(0, 20))
                .param("huis", huis).param("casus", casusId).param("zsm", zsmZaakId).param("soort", aanvraag.proeftijdSoort().name())
                .param("ingang", aanvraag.ingangsdatum()).param("duur", aanvraag.duurMaanden()).param("eind", einddatum)
                .param("toezicht", aanvraag.toezichthouder()).param("risico", aanvraag.risico().name())
                .param("status", ProeftijdStatus.LOPEND.name()).param("door", door).param("op", op)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("update proeftijd set nummer = :nummer where id = :id")
                .param("nummer", "PT-%d-%06d".formatted(Year.from(op).getValue(), id)).param("id", id).update();
        return get(id);
    }

    public Gegevens get(long id) {
        return jdbc.sql(PROEFTIJD + " where p.id = :id").param("id", id).query(this::gegevens).single();
    }

    /**
     * Binds a new probation to the proeftijd instance that starts for it: only one of that house,
     * with that number, not yet bound. Returns whether it was bound.
     */
    public boolean bind(long id, String huis, String nummer, String processInstanceId) {
        return jdbc.sql("""
                update proeftijd set proces_instantie_id = :instantie
                where id = :id and huis = :huis and nummer = :nummer and proces_instantie_id is null""")
                .param("instantie", processInstanceId).param("id", id).param("huis", huis).param("nummer", nummer)
                .update() == 1;
    }

    /** The probation bound to this proeftijd instance, in this house. */
    public Optional<Gegevens> ofInstance(String processInstanceId, String huis) {
        return jdbc.sql(PROEFTIJD + " where p.proces_instantie_id = :instantie and p.huis = :huis")
                .param("instantie", processInstanceId).param("huis", huis).query(this::gegevens).optional();
    }

    public Optional<Gegevens> ofInstance(String processInstanceId) {
        return jdbc.sql(PROEFTIJD + " where p.proces_instantie_id = :instantie")
                .param("instantie", processInstanceId).query(this::gegevens).optional();
    }

    /** The probations a ZSM case's conditional dismissal started, newest first. */
    public List<Gegevens> vanZsmZaak(long zsmZaakId) {
        return jdbc.sql(PROEFTIJD + " where p.zsm_zaak_id = :z order by p.id desc").param("z", zsmZaakId)
                .query(this::gegevens).list();
    }

    public Optional<Gegevens> findByNummer(String huis, String nummer) {
        return jdbc.sql(PROEFTIJD + " where p.nummer = :nummer and p.huis = :huis")
                .param("nummer", nummer).param("huis", huis).query(this::gegevens).optional();
    }

    public void updateRisico(long id, String risico) {
        jdbc.sql("update proeftijd set risico = :risico where id = :id").param("risico", risico).param("id", id).update();
    }

    public void beeindig(long id, ProeftijdStatus status, LocalDateTime op) {
        jdbc.sql("update proeftijd set status = :status, beeindigd_op = :op where id = :id")
                .param("status", status.name()).param("op", op).param("id", id).update();
    }

    public void legEvaluatieVast(long id, EvaluatieUitkomst uitkomst, String evaluatie, String door, LocalDateTime op) {
        jdbc.sql("""
                update proeftijd set status = :status, evaluatie_uitkomst = :uitkomst, evaluatie = :evaluatie,
                    geevalueerd_door = :door, geevalueerd_op = :op, beeindigd_op = :op
                where id = :id""")
                .param("status", ProeftijdStatus.AFGELOPEN.name()).param("uitkomst", uitkomst.name())
                .param("evaluatie", evaluatie).param("door", door).param("op", op).param("id", id).update();
    }

    // --- conditions ---

    public long addVoorwaarde(long proeftijdId, VoorwaardeInvoer voorwaarde, LocalDateTime vanaf) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into voorwaarde (proeftijd_id, soort, omschrijving, geldt_vanaf)
                values (:proeftijd, :soort, :omschrijving, :vanaf)""")
                .param("proeftijd", proeftijdId).param("soort", voorwaarde.voorwaardeSoort().name())
                .param("omschrijving", voorwaarde.omschrijving()).param("vanaf", vanaf)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Every condition the probation has had, in the order they were set. */
    public List<Voorwaarde> voorwaarden(long proeftijdId) {
        return jdbc.sql("select * from voorwaarde where proeftijd_id = :p order by id").param("p", proeftijdId)
                .query(this::voorwaarde).list();
    }

    /** The conditions in force. */
    public List<Voorwaarde> geldend(long proeftijdId) {
        return voorwaarden(proeftijdId).stream().filter(Voorwaarde::geldt).toList();
    }

    public Optional<Voorwaarde> voorwaarde(long proeftijdId, long voorwaardeId) {
        return jdbc.sql("select * from voorwaarde where id = :id and proeftijd_id = :p")
                .param("id", voorwaardeId).param("p", proeftijdId).query(this::voorwaarde).optional();
    }

    public void laatVervallen(long voorwaardeId, LocalDateTime op) {
        jdbc.sql("update voorwaarde set vervallen_op = :op where id = :id and vervallen_op is null")
                .param("op", op).param("id", voorwaardeId).update();
    }

    // --- checks ---

    /** Binds a new check task to its condition. */
    public void planControle(long voorwaardeId, String taakId, LocalDateTime gepland) {
        jdbc.sql("insert into controle (voorwaarde_id, taak_id, gepland_op) values (:v, :taak, :gepland)")
                .param("v", voorwaardeId).param("taak", taakId).param("gepland", gepland).update();
    }

    /** The open check bound to this task, of a condition of this probation. */
    public Optional<Controle> openControle(long proeftijdId, String taakId) {
        return jdbc.sql("""
                select k.* from controle k join voorwaarde v on v.id = k.voorwaarde_id
                where k.taak_id = :taak and v.proeftijd_id = :p and k.uitkomst is null""")
                .param("taak", taakId).param("p", proeftijdId).query(this::controle).optional();
    }

    public Optional<Controle> controleVanTaak(String taakId) {
        return jdbc.sql("select * from controle where taak_id = :taak").param("taak", taakId).query(this::controle).optional();
    }

    public void legControleVast(long id, ControleUitkomst uitkomst, String bevindingen, String door, LocalDateTime op) {
        jdbc.sql("update controle set uitkomst = :uitkomst, bevindingen = :bevindingen, door = :door, op = :op where id = :id")
                .param("uitkomst", uitkomst.name()).param("bevindingen", bevindingen).param("door", door).param("op", op)
                .param("id", id).update();
    }

    /** The checks of a condition, oldest first. */
    public List<Controle> controles(long voorwaardeId) {
        return jdbc.sql("select * from controle where voorwaarde_id = :v order by id").param("v", voorwaardeId)
                .query(this::controle).list();
    }

    /** Checks still open when the conditions change or the probation ends: their tasks are cancelled with them. */
    public void laatOpenControlesVervallen(long proeftijdId, LocalDateTime op) {
        jdbc.sql("""
                update controle set uitkomst = :uitkomst, op = :op
                where uitkomst is null and voorwaarde_id in (select id from voorwaarde where proeftijd_id = :p)""")
                .param("uitkomst", ControleUitkomst.VERVALLEN.name()).param("op", op).param("p", proeftijdId).update();
    }

    // --- breaches ---

    public long meldOvertreding(long proeftijdId, Long voorwaardeId, Long controleId, String wat, String door,
                                String via, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into overtreding (proeftijd_id, voorwaarde_id, controle_id, wat, gemeld_door, gemeld_via, gemeld_op)
                values (:p, :v, :controle, :wat, :door, :via, :op)""")
                .param("p", proeftijdId).param("v", voorwaardeId).param("controle", controleId).param("wat", wat)
                .param("door", door).param("via", via).param("op", op)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Overtreding> overtreding(long proeftijdId, long overtredingId) {
        return jdbc.sql("select * from overtreding where id = :id and proeftijd_id = :p")
                .param("id", overtredingId).param("p", proeftijdId).query(this::overtreding).optional();
    }

    /** The breach whose reaction task this is, while the OM has not reacted. */
    public Optional<Overtreding> overtredingZonderReactie(long proeftijdId, String taakId) {
        return jdbc.sql("select * from overtreding where reactie_taak_id = :taak and proeftijd_id = :p and reactie is null")
                .param("taak", taakId).param("p", proeftijdId).query(this::overtreding).optional();
    }

    public Optional<Overtreding> overtredingVanTaak(String taakId) {
        return jdbc.sql("select * from overtreding where reactie_taak_id = :taak").param("taak", taakId)
                .query(this::overtreding).optional();
    }

    /** The breaches of a probation, oldest first. */
    public List<Overtreding> overtredingen(long proeftijdId) {
        return jdbc.sql("select * from overtreding where proeftijd_id = :p order by id").param("p", proeftijdId)
                .query(this::overtreding).list();
    }

    /** Binds the OM's reaction task to its breach, once. */
    public boolean bindReactieTaak(long proeftijdId, long overtredingId, String taakId) {
        return jdbc.sql("""
                update overtreding set reactie_taak_id = :taak
                where id = :id and proeftijd_id = :p and reactie_taak_id is null""")
                .param("taak", taakId).param("id", overtredingId).param("p", proeftijdId).update() == 1;
    }

    public void legIncidentVast(long overtredingId, String sleutel, LocalDateTime op) {
        jdbc.sql("update overtreding set incident_sleutel = :sleutel, incident_gemeld_op = :op where id = :id")
                .param("sleutel", sleutel).param("op", op).param("id", overtredingId).update();
    }

    public void legReactieVast(long overtredingId, OmReactie reactie, String reden, String door, LocalDateTime op) {
        jdbc.sql("""
                update overtreding set reactie = :reactie, reactie_reden = :reden, gereageerd_door = :door, gereageerd_op = :op
                where id = :id""")
                .param("reactie", reactie.name()).param("reden", reden).param("door", door).param("op", op)
                .param("id", overtredingId).update();
    }

    private Gegevens gegevens(ResultSet rs, int row) throws SQLException {
        return new Gegevens(rs.getLong("id"), rs.getString("nummer"), rs.getString("huis"),
                rs.getObject("casus_id", Long.class), rs.getString("casusnummer"), rs.getObject("zsm_zaak_id", Long.class),
                rs.getString("zsmnummer"), rs.getString("soort"), rs.getObject("ingangsdatum", LocalDate.class),
                rs.getInt("duur_maanden"), rs.getObject("einddatum", LocalDate.class), rs.getString("toezichthouder"),
                rs.getString("risico"), rs.getString("status"), rs.getString("opgelegd_door"),
                rs.getObject("opgelegd_op", LocalDateTime.class));
    }

    private Voorwaarde voorwaarde(ResultSet rs, int row) throws SQLException {
        return new Voorwaarde(rs.getLong("id"), rs.getLong("proeftijd_id"), rs.getString("soort"), rs.getString("omschrijving"),
                rs.getObject("geldt_vanaf", LocalDateTime.class), rs.getObject("vervallen_op", LocalDateTime.class));
    }

    private Controle controle(ResultSet rs, int row) throws SQLException {
        return new Controle(rs.getLong("id"), rs.getLong("voorwaarde_id"), rs.getString("taak_id"),
                rs.getObject("gepland_op", LocalDateTime.class), rs.getString("uitkomst"), rs.getString("bevindingen"),
                rs.getString("door"), rs.getObject("op", LocalDateTime.class));
    }

    private Overtreding overtreding(ResultSet rs, int row) throws SQLException {
        return new Overtreding(rs.getLong("id"), rs.getLong("proeftijd_id"), rs.getObject("voorwaarde_id", Long.class),
                rs.getString("wat"), rs.getString("gemeld_door"), rs.getString("gemeld_via"),
                rs.getObject("gemeld_op", LocalDateTime.class), rs.getString("reactie"), rs.getString("reactie_reden"),
                rs.getString("gereageerd_door"), rs.getObject("gereageerd_op", LocalDateTime.class));
    }
}
