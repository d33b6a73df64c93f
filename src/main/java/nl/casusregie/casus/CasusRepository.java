package nl.casusregie.casus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CasusRepository {

    private static final String COLUMNS = """
            id, nummer, huis, huishouden_id, status, aanpak, fase, casusregisseur, aangemaakt_op, afgesloten_op""";

    private final JdbcClient jdbc;

    public CasusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a case and gives it its number (ZVH-year-id), the business key of zvh-casus. */
    public Casus create(String huis, long huishoudenId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String voorlopig = "nieuw-" + java.util.UUID.randomUUID().toString().substring(0, 20);
        jdbc.sql("""
                insert into casus (nummer, huis, huishouden_id, status, aangemaakt_op)
                values (:nummer, :huis, :huishouden, :status, :op)""")
                .param("nummer", voorlopig)
                .param("huis", huis)
                .param("huishouden", huishoudenId)
                .param("status", CasusStatus.AANGEMELD.name())
                .param("op", LocalDateTime.now())
                .update(key, "id");
        long id = key.getKey().longValue();
        String nummer = "ZVH-%d-%06d".formatted(Year.now().getValue(), id);
        jdbc.sql("update casus set nummer = :nummer where id = :id").param("nummer", nummer).param("id", id).update();
        return get(id);
    }

    public Casus get(long id) {
        return jdbc.sql("select " + COLUMNS + " from casus where id = :id").param("id", id)
                .query(this::map).single();
    }

    /**
     * The case an instance works on: its zvh-casus instance, or a meeting round (focusoverleg), agreement
     * follow-up (afspraak-opvolging), probation (proeftijd) or restraining order (huisverbod) bound to it.
     */
    public Optional<Casus> findByGebondenInstantie(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from casus where proces_instantie_id = :i"
                        + " or id in (select casus_id from overleg where proces_instantie_id = :i)"
                        + " or id in (select casus_id from afspraak where proces_instantie_id = :i)"
                        + " or id in (select casus_id from proeftijd where proces_instantie_id = :i)"
                        + " or id in (select casus_id from huisverbod where proces_instantie_id = :i)")
                .param("i", processInstanceId).query(this::map).optional();
    }

    /** The case bound to this zvh-casus instance. */
    public Optional<Casus> findByProcesInstantie(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from casus where proces_instantie_id = :instantie")
                .param("instantie", processInstanceId).query(this::map).optional();
    }

    /**
     * Binds a new case to the zvh-casus instance that its referral started: only a case of
     * that house, with that number, not yet bound. Returns whether it was bound.
     */
    public boolean bind(long id, String huis, String nummer, String processInstanceId) {
        return jdbc.sql("""
                update casus set proces_instantie_id = :instantie
                where id = :id and huis = :huis and nummer = :nummer and status = :status and proces_instantie_id is null""")
                .param("instantie", processInstanceId).param("id", id).param("huis", huis).param("nummer", nummer)
                .param("status", CasusStatus.AANGEMELD.name())
                .update() == 1;
    }

    /** The id of the zvh-casus instance the case is bound to. */
    public String procesInstantie(long id) {
        return jdbc.sql("select proces_instantie_id from casus where id = :id").param("id", id).query(String.class).single();
    }

    public Optional<Casus> findByNummer(String huis, String nummer) {
        return jdbc.sql("select " + COLUMNS + " from casus where nummer = :nummer and huis = :huis")
                .param("nummer", nummer).param("huis", huis)
                .query(this::map).optional();
    }

    /** The household's other cases, newest first: the "oude bekenden" shown at triage. */
    public List<Casus> earlierCases(long huishoudenId, long exceptCasusId) {
        return jdbc.sql("select " + COLUMNS + " from casus where huishouden_id = :huishouden and id <> :id order by id desc")
                .param("huishouden", huishoudenId).param("id", exceptCasusId)
                .query(this::map).list();
    }

    /** The household's running case ({@link CasusStatus#loopt}), the newest if there were ever two. */
    public Optional<Casus> lopendeCasus(long huishoudenId) {
        return jdbc.sql("select " + COLUMNS + " from casus where huishouden_id = :huishouden and status in (:lopend)"
                        + " order by id desc fetch first 1 rows only")
                .param("huishouden", huishoudenId)
                .param("lopend", Arrays.stream(CasusStatus.values()).filter(CasusStatus::loopt).map(Enum::name).toList())
                .query(this::map).optional();
    }

    public void updateStatus(long id, CasusStatus status) {
        jdbc.sql("update casus set status = :status where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    public void updateAanpak(long id, String aanpak) {
        jdbc.sql("update casus set aanpak = :aanpak where id = :id").param("aanpak", aanpak).param("id", id).update();
    }

    public void updateFase(long id, int fase) {
        jdbc.sql("update casus set fase = :fase where id = :id").param("fase", fase).param("id", id).update();
    }

    public void updateCasusregisseur(long id, String casusregisseur) {
        jdbc.sql("update casus set casusregisseur = :regisseur, status = :status where id = :id")
                .param("regisseur", casusregisseur).param("status", CasusStatus.LOPEND.name()).param("id", id).update();
    }

    /** The closing plan as written, and to whom the work is handed over. */
    public record Afsluitplan(String afsluitplan, String overdrachtAan) {
    }

    public Afsluitplan afsluitplan(long id) {
        return jdbc.sql("select afsluitplan, overdracht_aan from casus where id = :id").param("id", id)
                .query((rs, i) -> new Afsluitplan(rs.getString("afsluitplan"), rs.getString("overdracht_aan"))).single();
    }

    public void updateAfsluitplan(long id, String afsluitplan, String overdrachtAan) {
        jdbc.sql("update casus set afsluitplan = :plan, overdracht_aan = :overdracht where id = :id")
                .param("plan", afsluitplan).param("overdracht", overdrachtAan).param("id", id).update();
    }

    /** Closed with an approved closing plan: aftercare runs. */
    public void close(long id) {
        jdbc.sql("update casus set status = :status, afgesloten_op = :op where id = :id")
                .param("status", CasusStatus.NAZORG.name()).param("op", LocalDateTime.now()).param("id", id).update();
    }

    public void addTerugkoppeling(long id, String soort, String wijze, String tekst, String door) {
        jdbc.sql("""
                insert into terugkoppeling (casus_id, soort, wijze, tekst, door, op)
                values (:casus, :soort, :wijze, :tekst, :door, :op)""")
                .param("casus", id).param("soort", soort).param("wijze", wijze).param("tekst", tekst)
                .param("door", door).param("op", LocalDateTime.now()).update();
    }

    public void reopen(long id) {
        jdbc.sql("update casus set status = :status, fase = 1, afgesloten_op = null where id = :id")
                .param("status", CasusStatus.LOPEND.name()).param("id", id).update();
    }

    private Casus map(ResultSet rs, int row) throws SQLException {
        return new Casus(rs.getLong("id"), rs.getString("nummer"), rs.getString("huis"), rs.getLong("huishouden_id"),
                CasusStatus.valueOf(rs.getString("status")), rs.getString("aanpak"),
                rs.getObject("fase", Integer.class), rs.getString("casusregisseur"),
                rs.getObject("aangemaakt_op", LocalDateTime.class), rs.getObject("afgesloten_op", LocalDateTime.class));
    }
}
