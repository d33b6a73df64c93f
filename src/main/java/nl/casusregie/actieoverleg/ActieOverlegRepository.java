package nl.casusregie.actieoverleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Actie-Overleg cases, their people, the sessions' decisions and the plan's open actions (V14). */
@Repository
class ActieOverlegRepository {

    static final String OPEN = "OPEN";
    static final String AFGESLOTEN = "AFGESLOTEN";
    static final String OVERGEDRAGEN = "OVERGEDRAGEN";

    record Zaak(long id, String huis, String nummer, long huishoudenId, Long casusId, String watGebeurd, boolean stalking,
                String status, String feitenVeiligThuis, String bekendBijReclassering, String feitenPolitie,
                Overdracht overgedragenAan, String overgedragenNummer, String partner, LocalDateTime gemeldOp) {
    }

    /** One session's decisions as stored, with who recorded them when. */
    record Vastgelegd(LocalDateTime sessieBegin, Besluit besluit, String door, LocalDateTime op) {
    }

    /** One action of the plan with what became of it (OPEN, or the owner's outcome). */
    record PlanActie(Actie actie, String status) {
    }

    record Besluit(boolean ambtshalveAangifte, String aangifteReden, boolean aanhouding, boolean contactverbod,
                   String omReden, boolean zorgenResterend, String vervolg, String vervolgToelichting) {
    }

    private static final String COLUMNS = """
            id, huis, nummer, huishouden_id, casus_id, wat_gebeurd, stalking, status, feiten_veiligthuis,
            bekend_bij_reclassering, feiten_politie, overgedragen_aan, overgedragen_nummer, partner, gemeld_op""";

    private final JdbcClient jdbc;

    ActieOverlegRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The house's next number, AO-year-sequence; the unique key (huis, nummer) refuses a number taken twice. */
    String volgendNummer(String huis, int jaar) {
        long aantal = jdbc.sql("select count(*) from actie_overleg where huis = :huis and nummer like :jaar")
                .param("huis", huis).param("jaar", "AO-" + jaar + "-%").query(Long.class).single();
        return "AO-%d-%04d".formatted(jaar, aantal + 1);
    }

    long insert(String huis, String nummer, long huishoudenId, Long casusId, String watGebeurd, boolean stalking,
                String door, String partner, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into actie_overleg (huis, nummer, huishouden_id, casus_id, wat_gebeurd, stalking, gemeld_door, partner,
                    gemeld_op, status)
                values (:huis, :nummer, :huishouden, :casus, :wat, :stalking, :door, :partner, :op, :status)""")
                .param("huis", huis).param("nummer", nummer).param("huishouden", huishoudenId).param("casus", casusId)
                .param("wat", watGebeurd).param("stalking", stalking).param("door", door).param("partner", partner)
                .param("op", op).param("status", OPEN)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertPersoon(long id, BetrokkeneRol rol, String naam, LocalDate geboortedatum) {
        jdbc.sql("""
                insert into actie_overleg_persoon (actie_overleg_id, rol, naam, geboortedatum)
                values (:id, :rol, :naam, :geboortedatum)""")
                .param("id", id).param("rol", rol.name()).param("naam", naam.strip()).param("geboortedatum", geboortedatum)
                .update();
    }

    /** Binds the case to the instance its report starts, once. */
    boolean bind(long id, String huis, String processInstanceId) {
        return jdbc.sql("""
                update actie_overleg set proces_instantie_id = :i
                where id = :id and huis = :huis and proces_instantie_id is null""")
                .param("i", processInstanceId).param("id", id).param("huis", huis).update() == 1;
    }

    Optional<Zaak> ofInstance(String processInstanceId, String huis) {
        return jdbc.sql("select " + COLUMNS + " from actie_overleg where proces_instantie_id = :i and huis = :huis")
                .param("i", processInstanceId).param("huis", huis).query(this::map).optional();
    }

    Optional<Zaak> byNummer(String huis, String nummer) {
        return jdbc.sql("select " + COLUMNS + " from actie_overleg where huis = :huis and nummer = :nummer")
                .param("huis", huis).param("nummer", nummer).query(this::map).optional();
    }

    Optional<Zaak> ofInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from actie_overleg where proces_instantie_id = :i")
                .param("i", processInstanceId).query(this::map).optional();
    }

    void feitenVeiligThuis(long id, String feiten, String bekendBijReclassering) {
        jdbc.sql("update actie_overleg set feiten_veiligthuis = :f, bekend_bij_reclassering = :r where id = :id")
                .param("f", feiten).param("r", bekendBijReclassering).param("id", id).update();
    }

    void feitenPolitie(long id, String feiten) {
        jdbc.sql("update actie_overleg set feiten_politie = :f where id = :id").param("f", feiten).param("id", id).update();
    }

    List<Betrokkene> betrokkenen(long id) {
        return jdbc.sql("select naam, geboortedatum, rol from actie_overleg_persoon where actie_overleg_id = :id order by id")
                .param("id", id)
                .query((rs, row) -> new Betrokkene(rs.getString("naam"), rs.getObject("geboortedatum", LocalDate.class),
                        BetrokkeneRol.valueOf(rs.getString("rol"))))
                .list();
    }

    void insertBesluit(long id, LocalDateTime sessieBegin, Besluit besluit, String door, LocalDateTime op) {
        jdbc.sql("""
                insert into actie_overleg_besluit (actie_overleg_id, sessie_begin, ambtshalve_aangifte, aangifte_reden, aanhouding,
                    contactverbod, om_reden, zorgen_resterend, vervolg, vervolg_toelichting, door, op)
                values (:id, :sessie, :aangifte, :aangifteReden, :aanhouding, :contactverbod, :omReden, :zorgen, :vervolg,
                    :toelichting, :door, :op)""")
                .param("id", id).param("sessie", sessieBegin).param("aangifte", besluit.ambtshalveAangifte())
                .param("aangifteReden", besluit.aangifteReden()).param("aanhouding", besluit.aanhouding())
                .param("contactverbod", besluit.contactverbod()).param("omReden", besluit.omReden())
                .param("zorgen", besluit.zorgenResterend()).param("vervolg", besluit.vervolg())
                .param("toelichting", besluit.vervolgToelichting()).param("door", door).param("op", op)
                .update();
    }

    /** One action of the plan, as an agreement of this Actie-Overleg (no case, no meeting round); its follow-up binds it. */
    void insertActie(long id, Actie actie) {
        jdbc.sql("""
                insert into afspraak (actie_overleg_id, partner, wat, deadline, waarom, status)
                values (:id, :partner, :wat, :deadline, :waarom, 'OPEN')""")
                .param("id", id).param("partner", actie.partner()).param("wat", actie.wat().strip())
                .param("deadline", actie.deadline()).param("waarom", actie.waarom().strip())
                .update();
    }

    /** The plan's actions whose owner has not recorded an outcome yet. */
    List<Actie> openActies(long id) {
        return jdbc.sql("""
                select partner, wat, deadline, waarom from afspraak
                where actie_overleg_id = :id and status = 'OPEN' order by deadline, id""")
                .param("id", id)
                .query((rs, row) -> new Actie(rs.getString("partner"), rs.getString("wat"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("waarom")))
                .list();
    }

    /** Every session's decisions, oldest first. */
    List<Vastgelegd> besluiten(long id) {
        return jdbc.sql("""
                select sessie_begin, ambtshalve_aangifte, aangifte_reden, aanhouding, contactverbod, om_reden, zorgen_resterend,
                    vervolg, vervolg_toelichting, door, op
                from actie_overleg_besluit where actie_overleg_id = :id order by op, id""")
                .param("id", id)
                .query((rs, row) -> new Vastgelegd(rs.getObject("sessie_begin", LocalDateTime.class),
                        new Besluit(rs.getBoolean("ambtshalve_aangifte"), rs.getString("aangifte_reden"), rs.getBoolean("aanhouding"),
                                rs.getBoolean("contactverbod"), rs.getString("om_reden"), rs.getBoolean("zorgen_resterend"),
                                rs.getString("vervolg"), rs.getString("vervolg_toelichting")),
                        rs.getString("door"), rs.getObject("op", LocalDateTime.class)))
                .list();
    }

    /** Every action of the plan with its status, by deadline. */
    List<PlanActie> plan(long id) {
        return jdbc.sql("select partner, wat, deadline, waarom, status from afspraak where actie_overleg_id = :id order by deadline, id")
                .param("id", id)
                .query((rs, row) -> new PlanActie(new Actie(rs.getString("partner"), rs.getString("wat"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("waarom")), rs.getString("status")))
                .list();
    }

    /** The session chose to hand the case over; the handover step carries it out. */
    void overdragenAan(long id, Overdracht aan) {
        jdbc.sql("update actie_overleg set overgedragen_aan = :aan where id = :id").param("aan", aan.name()).param("id", id).update();
    }

    void overgedragen(long id, String nummer, LocalDateTime op) {
        jdbc.sql("update actie_overleg set status = :status, overgedragen_nummer = :nummer, afgesloten_op = :op where id = :id")
                .param("status", OVERGEDRAGEN).param("nummer", nummer).param("op", op).param("id", id).update();
    }

    void sluit(long id, LocalDateTime op) {
        jdbc.sql("update actie_overleg set status = :status, afgesloten_op = :op where id = :id")
                .param("status", AFGESLOTEN).param("op", op).param("id", id).update();
    }

    private Zaak map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Zaak(rs.getLong("id"), rs.getString("huis"), rs.getString("nummer"), rs.getLong("huishouden_id"),
                rs.getObject("casus_id", Long.class), rs.getString("wat_gebeurd"), rs.getBoolean("stalking"),
                rs.getString("status"), rs.getString("feiten_veiligthuis"), rs.getString("bekend_bij_reclassering"),
                rs.getString("feiten_politie"),
                rs.getString("overgedragen_aan") == null ? null : Overdracht.valueOf(rs.getString("overgedragen_aan")),
                rs.getString("overgedragen_nummer"), rs.getString("partner"), rs.getObject("gemeld_op", LocalDateTime.class));
    }
}
