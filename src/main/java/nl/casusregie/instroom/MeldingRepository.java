package nl.casusregie.instroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.actieoverleg.Betrokkene;
import nl.casusregie.actieoverleg.BetrokkeneRol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** New reports, their people, the advice, the reporter's choice and what the report started (V16). */
@Repository
class MeldingRepository {

    static final String OPEN = "OPEN";
    static final String DOORGEZET = "DOORGEZET";
    static final String AFGEHANDELD = "AFGEHANDELD";

    record Melding(long id, String huis, String nummer, long huishoudenId, String gemeldDoor, String melderGroep,
                   LocalDateTime gemeldOp, String watGebeurd, Meldingsfeiten feiten, String adviesRoute, String adviesReden,
                   String route, String afwijkReden, String routeGekozenDoor, LocalDateTime routeGekozenOp,
                   String samenAfspraken, String samenGroep, String samenDoor, LocalDateTime samenOp, String vervolgTafel,
                   String gestartSoort, String gestartNummer, String status) {

        /** The route the report goes by: the reporter's choice, or the table's advice while none was made. */
        Optional<Instroomroute> gekozen() {
            return Instroomroute.of(route);
        }

        boolean afgeweken() {
            return route != null && !route.equals(adviesRoute);
        }
    }

    private static final String COLUMNS = """
            id, huis, nummer, huishouden_id, gemeld_door, melder_groep, gemeld_op, wat_gebeurd, soort_melding,
            acute_onveiligheid, letsel_kind, stalking, verdachte_gehoord, mensenhandel, regio, dreigend_gevaar, advies_route,
            advies_reden, route, afwijk_reden, route_gekozen_door, route_gekozen_op, samen_afspraken, samen_groep, samen_door,
            samen_op, vervolg_tafel, gestart_soort, gestart_nummer, status""";

    private final JdbcClient jdbc;

    MeldingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The house's next number, MELD-year-sequence; the unique key (huis, nummer) refuses a number taken twice. */
    String volgendNummer(String huis, int jaar) {
        long aantal = jdbc.sql("select count(*) from melding where huis = :huis and nummer like :jaar")
                .param("huis", huis).param("jaar", "MELD-" + jaar + "-%").query(Long.class).single();
        return "MELD-%d-%04d".formatted(jaar, aantal + 1);
    }

    long insert(String huis, String nummer, long huishoudenId, MeldingRequest melding, String door, String groep,
                LocalDateTime op) {
        Meldingsfeiten f = melding.feiten();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into melding (huis, nummer, huishouden_id, gemeld_door, melder_groep, gemeld_op, wat_gebeurd,
                    soort_melding, acute_onveiligheid, letsel_kind, stalking, verdachte_gehoord, mensenhandel, regio,
                    dreigend_gevaar, status)
                values (:huis, :nummer, :huishouden, :door, :groep, :op, :wat, :soort, :acuut, :letsel, :stalking, :verdachte,
                    :mensenhandel, :regio, :dreigend, :status)""")
                .param("huis", huis).param("nummer", nummer).param("huishouden", huishoudenId).param("door", door)
                .param("groep", groep).param("op", op).param("wat", melding.watGebeurd().strip())
                .param("soort", f.soortMelding().name()).param("acuut", f.acuteOnveiligheid()).param("letsel", f.letselKind())
                .param("stalking", f.stalking()).param("verdachte", f.verdachteGehoordOfAangehouden())
                .param("mensenhandel", f.mensenhandel()).param("regio", f.regio() == null ? null : f.regio().name())
                .param("dreigend", f.dreigendGevaar()).param("status", OPEN)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertPersoon(long id, Betrokkene betrokkene) {
        jdbc.sql("insert into melding_persoon (melding_id, rol, naam, geboortedatum) values (:id, :rol, :naam, :geboortedatum)")
                .param("id", id).param("rol", betrokkene.rol().name()).param("naam", betrokkene.naam().strip())
                .param("geboortedatum", betrokkene.geboortedatum()).update();
    }

    List<Betrokkene> betrokkenen(long id) {
        return jdbc.sql("select naam, geboortedatum, rol from melding_persoon where melding_id = :id order by id")
                .param("id", id)
                .query((rs, row) -> new Betrokkene(rs.getString("naam"), rs.getObject("geboortedatum", LocalDate.class),
                        BetrokkeneRol.valueOf(rs.getString("rol"))))
                .list();
    }

    /** Binds the report to the instance it starts, once. */
    boolean bind(long id, String huis, String processInstanceId) {
        return jdbc.sql("update melding set proces_instantie_id = :i where id = :id and huis = :huis and proces_instantie_id is null")
                .param("i", processInstanceId).param("id", id).param("huis", huis).update() == 1;
    }

    Optional<Melding> ofInstance(String processInstanceId, String huis) {
        return jdbc.sql("select " + COLUMNS + " from melding where proces_instantie_id = :i and huis = :huis")
                .param("i", processInstanceId).param("huis", huis).query(this::map).optional();
    }

    Optional<Melding> ofInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from melding where proces_instantie_id = :i")
                .param("i", processInstanceId).query(this::map).optional();
    }

    Optional<Melding> byNummer(String huis, String nummer) {
        return jdbc.sql("select " + COLUMNS + " from melding where huis = :huis and nummer = :nummer")
                .param("huis", huis).param("nummer", nummer).query(this::map).optional();
    }

    Melding get(long id) {
        return jdbc.sql("select " + COLUMNS + " from melding where id = :id").param("id", id).query(this::map).single();
    }

    void advies(long id, String route, String reden) {
        jdbc.sql("update melding set advies_route = :route, advies_reden = :reden where id = :id")
                .param("route", route).param("reden", reden).param("id", id).update();
    }

    void routeGekozen(long id, String route, String afwijkReden, String door, LocalDateTime op) {
        jdbc.sql("""
                update melding set route = :route, afwijk_reden = :reden, route_gekozen_door = :door, route_gekozen_op = :op
                where id = :id""")
                .param("route", route).param("reden", afwijkReden).param("door", door).param("op", op).param("id", id).update();
    }

    void samenAfgesproken(long id, String afspraken, String groep, String vervolgTafel, String door, LocalDateTime op) {
        jdbc.sql("""
                update melding set samen_afspraken = :afspraken, samen_groep = :groep, vervolg_tafel = :vervolg, samen_door = :door,
                    samen_op = :op, status = :status
                where id = :id""")
                .param("afspraken", afspraken).param("groep", groep).param("vervolg", vervolgTafel).param("door", door)
                .param("op", op).param("status", ActieOverleg.GEEN_TAFEL.equals(vervolgTafel) ? AFGEHANDELD : OPEN)
                .param("id", id).update();
    }

    void gestart(long id, String soort, String nummer) {
        jdbc.sql("update melding set gestart_soort = :soort, gestart_nummer = :nummer, status = :status where id = :id")
                .param("soort", soort).param("nummer", nummer).param("status", DOORGEZET).param("id", id).update();
    }

    private Melding map(ResultSet rs, int row) throws SQLException {
        String regio = rs.getString("regio");
        Meldingsfeiten feiten = new Meldingsfeiten(SoortMelding.valueOf(rs.getString("soort_melding")),
                rs.getBoolean("acute_onveiligheid"), rs.getBoolean("letsel_kind"), rs.getBoolean("stalking"),
                rs.getBoolean("verdachte_gehoord"), rs.getBoolean("mensenhandel"), regio == null ? null : Regio.valueOf(regio),
                rs.getBoolean("dreigend_gevaar"));
        return new Melding(rs.getLong("id"), rs.getString("huis"), rs.getString("nummer"), rs.getLong("huishouden_id"),
                rs.getString("gemeld_door"), rs.getString("melder_groep"),
                rs.getObject("gemeld_op", LocalDateTime.class), rs.getString("wat_gebeurd"), feiten,
                rs.getString("advies_route"), rs.getString("advies_reden"), rs.getString("route"), rs.getString("afwijk_reden"),
                rs.getString("route_gekozen_door"), rs.getObject("route_gekozen_op", LocalDateTime.class),
                rs.getString("samen_afspraken"), rs.getString("samen_groep"), rs.getString("samen_door"),
                rs.getObject("samen_op", LocalDateTime.class), rs.getString("vervolg_tafel"),
                rs.getString("gestart_soort"), rs.getString("gestart_nummer"), rs.getString("status"));
    }
}
