package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ZSM cases, their people, the partners' contributions and each session's discussion (V13). */
@Repository
public class ZsmRepository {

    public static final String LOPEND = "LOPEND";
    public static final String BESLOTEN = "BESLOTEN";
    public static final String OVERGEDRAGEN = "OVERGEDRAGEN";

    /** A case as the steps need it. */
    public record Zaak(long id, String nummer, String huis, long huishoudenId, String status, String ingebrachtGroep) {
    }

    /** The last discussion of a case: what the officer decided and what follows from it. */
    public record Bespreking(long id, ZsmBesluit besluit, LocalDate termijnDatum, String ontvanger) {
    }

    private final JdbcClient jdbc;

    ZsmRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Zaak create(String huis, long huishoudenId, ZsmInbreng inbreng, String door, String groep, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into zsm_zaak (huis, huishouden_id, reden, vraag, ingebracht_door, ingebracht_groep, ingebracht_op, status)
                values (:huis, :huishouden, :reden, :vraag, :door, :groep, :op, :status)""")
                .param("huis", huis).param("huishouden", huishoudenId)
                .param("reden", inbreng.buikpijnReden().strip())
                .param("vraag", inbreng.vraag() == null || inbreng.vraag().isBlank() ? null : inbreng.vraag().strip())
                .param("door", door).param("groep", groep).param("op", op).param("status", LOPEND)
                .update(key, "id");
        long id = key.getKey().longValue();
        String nummer = "ZSM-" + op.getYear() + "-" + String.format("%06d", id);
        jdbc.sql("update zsm_zaak set nummer = :nummer where id = :id").param("nummer", nummer).param("id", id).update();
        return get(id);
    }

    void addBetrokkene(long zaakId, ZsmBetrokkene betrokkene) {
        jdbc.sql("insert into zsm_betrokkene (zaak_id, naam, geboortedatum, rol) values (:zaak, :naam, :geboortedatum, :rol)")
                .param("zaak", zaakId).param("naam", betrokkene.naam().strip())
                .param("geboortedatum", betrokkene.geboortedatum()).param("rol", betrokkene.rol().name()).update();
    }

    public Zaak get(long id) {
        return jdbc.sql("select id, nummer, huis, huishouden_id, status, ingebracht_groep from zsm_zaak where id = :id").param("id", id)
                .query(ZsmRepository::zaak).single();
    }

    /** Binds the case to the instance its entry starts: once, and only in its house. */
    boolean bind(long id, String huis, String procesInstantieId) {
        return jdbc.sql("""
                update zsm_zaak set proces_instantie_id = :instantie
                where id = :id and huis = :huis and (proces_instantie_id is null or proces_instantie_id = :instantie)""")
                .param("instantie", procesInstantieId).param("id", id).param("huis", huis).update() == 1;
    }

    public Optional<Zaak> ofInstance(String procesInstantieId, String huis) {
        return jdbc.sql("select id, nummer, huis, huishouden_id, status, ingebracht_groep from zsm_zaak where proces_instantie_id = :instantie and huis = :huis")
                .param("instantie", procesInstantieId).param("huis", huis).query(ZsmRepository::zaak).optional();
    }

    public Optional<Zaak> findByNummer(String huis, String nummer) {
        return jdbc.sql("select id, nummer, huis, huishouden_id, status, ingebracht_groep from zsm_zaak where nummer = :nummer and huis = :huis")
                .param("nummer", nummer).param("huis", huis).query(ZsmRepository::zaak).optional();
    }

    void setStatus(long id, String status) {
        jdbc.sql("update zsm_zaak set status = :status where id = :id").param("status", status).param("id", id).update();
    }

    void addBijdrage(long zaakId, long agendapuntId, String partner, ZsmBijdrage bijdrage, String door, LocalDateTime op) {
        jdbc.sql("""
                insert into zsm_bijdrage (zaak_id, agendapunt_id, partner, grondslag, informatie, weigering, verzoek,
                    verzoek_reden, door, op)
                values (:zaak, :punt, :partner, :grondslag, :informatie, :weigering, :verzoek, :verzoekReden, :door, :op)""")
                .param("zaak", zaakId).param("punt", agendapuntId).param("partner", partner)
                .param("grondslag", bijdrage.grondslag().name()).param("informatie", bijdrage.informatie())
                .param("weigering", bijdrage.weigering()).param("verzoek", bijdrage.verzoek())
                .param("verzoekReden", bijdrage.verzoekReden()).param("door", door).param("op", op).update();
    }

    long addBespreking(long zaakId, long agendapuntId, ZsmBespreking b, String ontvanger, String door, LocalDateTime op) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into zsm_bespreking (zaak_id, agendapunt_id, regiehouder, interpretatie, besluit, terugkeer_reden,
                    termijn_datum, toelichting, brief_aan, brief_tekst, brief_taal, ontvanger, door, op)
                values (:zaak, :punt, :regiehouder, :interpretatie, :besluit, :reden, :termijn, :toelichting, :aan, :brief,
                    :taal, :ontvanger, :door, :op)""")
                .param("zaak", zaakId).param("punt", agendapuntId).param("regiehouder", b.regiehouder())
                .param("interpretatie", b.interpretatie()).param("besluit", b.besluit().name())
                .param("reden", b.terugkeerReden() == null ? null : b.terugkeerReden().name())
                .param("termijn", b.termijnDatum()).param("toelichting", b.toelichting())
                .param("aan", b.briefAan()).param("brief", b.briefTekst()).param("taal", b.briefTaal()).param("ontvanger", ontvanger)
                .param("door", door).param("op", op)
                .update(key, "id");
        long id = key.getKey().longValue();
        b.zorgen().forEach((partner, zorgen) -> jdbc.sql(
                        "insert into zsm_zorg (bespreking_id, partner, zorgen_blijven) values (:id, :partner, :zorgen)")
                .param("id", id).param("partner", partner).param("zorgen", zorgen).update());
        return id;
    }

    Optional<Bespreking> laatsteBespreking(long zaakId) {
        return jdbc.sql("""
                select id, besluit, termijn_datum, ontvanger from zsm_bespreking where zaak_id = :zaak
                order by id desc fetch first 1 rows only""")
                .param("zaak", zaakId)
                .query((rs, n) -> new Bespreking(rs.getLong("id"), ZsmBesluit.valueOf(rs.getString("besluit")),
                        rs.getObject("termijn_datum", LocalDate.class), rs.getString("ontvanger")))
                .optional();
    }

    boolean bevestigOverdracht(long besprekingId, String door, String toelichting, LocalDateTime op) {
        return jdbc.sql("""
                update zsm_bespreking set overdracht_bevestigd_door = :door, overdracht_bevestigd_op = :op,
                    overdracht_toelichting = :toelichting
                where id = :id and ontvanger is not null and overdracht_bevestigd_op is null""")
                .param("door", door).param("op", op).param("toelichting", toelichting).param("id", besprekingId)
                .update() == 1;
    }

    /** Whether a discussion referred the case to the care-and-safety house (the procesregisseur then reads its records). */
    boolean verwezenNaarZvh(long zaakId) {
        return jdbc.sql("select count(*) from zsm_bespreking where zaak_id = :z and besluit = :b")
                .param("z", zaakId).param("b", ZsmBesluit.AANMELDING_ZVH.name()).query(Long.class).single() > 0;
    }

    void setZvhCasus(long besprekingId, String casusnummer) {
        jdbc.sql("update zsm_bespreking set zvh_casusnummer = :nummer where id = :id").param("nummer", casusnummer)
                .param("id", besprekingId).update();
    }

    List<String> partnersMetBijdrage(long zaakId, long agendapuntId) {
        return jdbc.sql("select partner from zsm_bijdrage where zaak_id = :zaak and agendapunt_id = :punt order by id")
                .param("zaak", zaakId).param("punt", agendapuntId).query(String.class).list();
    }

    /** What was put forward, for the forms of the people at the table. */
    public record Inbreng(String reden, String vraag, String groep, LocalDateTime op, List<ZsmBetrokkene> betrokkenen) {
    }

    /** A contribution as the session reads it. */
    public record Bijdrage(String partner, String grondslag, String informatie, String weigering, String verzoek,
                           String verzoekReden) {
    }

    /** A discussion's decision as those told of it read it. */
    public record Uitkomst(ZsmBesluit besluit, String regiehouder, LocalDateTime op, LocalDate termijnDatum, String ontvanger) {
    }

    Inbreng inbreng(long zaakId) {
        List<ZsmBetrokkene> betrokkenen = jdbc.sql("select naam, geboortedatum, rol from zsm_betrokkene where zaak_id = :z order by id")
                .param("z", zaakId).query((rs, n) -> new ZsmBetrokkene(rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class), nl.casusregie.huishouden.Rol.valueOf(rs.getString("rol"))))
                .list();
        return jdbc.sql("select reden, vraag, ingebracht_groep, ingebracht_op from zsm_zaak where id = :z").param("z", zaakId)
                .query((rs, n) -> new Inbreng(rs.getString("reden"), rs.getString("vraag"), rs.getString("ingebracht_groep"),
                        rs.getObject("ingebracht_op", LocalDateTime.class), betrokkenen)).single();
    }

    List<Bijdrage> bijdragen(long zaakId, long agendapuntId) {
        return jdbc.sql("""
                select partner, grondslag, informatie, weigering, verzoek, verzoek_reden from zsm_bijdrage
                where zaak_id = :z and agendapunt_id = :p order by id""")
                .param("z", zaakId).param("p", agendapuntId)
                .query((rs, n) -> new Bijdrage(rs.getString("partner"), rs.getString("grondslag"), rs.getString("informatie"),
                        rs.getString("weigering"), rs.getString("verzoek"), rs.getString("verzoek_reden"))).list();
    }

    Optional<Uitkomst> uitkomst(long zaakId) {
        return jdbc.sql("""
                select besluit, regiehouder, op, termijn_datum, ontvanger from zsm_bespreking where zaak_id = :z
                order by id desc fetch first 1 rows only""")
                .param("z", zaakId)
                .query((rs, n) -> new Uitkomst(ZsmBesluit.valueOf(rs.getString("besluit")), rs.getString("regiehouder"),
                        rs.getObject("op", LocalDateTime.class), rs.getObject("termijn_datum", LocalDate.class),
                        rs.getString("ontvanger"))).optional();
    }

    Optional<Zaak> ofInstance(String procesInstantieId) {
        return jdbc.sql("select id, nummer, huis, huishouden_id, status, ingebracht_groep from zsm_zaak where proces_instantie_id = :i")
                .param("i", procesInstantieId).query(ZsmRepository::zaak).optional();
    }

    private static Zaak zaak(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Zaak(rs.getLong("id"), rs.getString("nummer"), rs.getString("huis"), rs.getLong("huishouden_id"),
                rs.getString("status"), rs.getString("ingebracht_groep"));
    }
}
