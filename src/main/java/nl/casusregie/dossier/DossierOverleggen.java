package nl.casusregie.dossier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.casusregie.dossier.Dossier.Afspraak;
import nl.casusregie.dossier.Dossier.Bijdrage;
import nl.casusregie.dossier.Dossier.Deel;
import nl.casusregie.dossier.Dossier.LidVoorbereiding;
import nl.casusregie.dossier.Dossier.Opzet;
import nl.casusregie.dossier.Dossier.Overleg;
import nl.casusregie.dossier.Dossier.Score;
import nl.casusregie.dossier.Dossier.Voorbereiding;
import nl.casusregie.overleg.Grondslag;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.overleg.Segment;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a case's meeting rounds for its file, newest first, each in full: plan and composition,
 * preparation, contributions, and its parts with their scores and agreements. What was said in an
 * OM segment is read only when the reader may read it ({@code metOmDeel}, see
 * {@link nl.casusregie.overleg.OmDeel}); otherwise the segment's content, scores and agreements are
 * never queried, so no later change to the file or a form can let them through.
 */
@Repository
class DossierOverleggen {

    private final JdbcClient jdbc;

    DossierOverleggen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting round as its focusoverleg instance knows it: the case and the round's number. */
    record RondeVanInstantie(long casusId, int ronde) {
    }

    Optional<RondeVanInstantie> rondeVanInstantie(String processInstanceId) {
        return jdbc.sql("select casus_id, ronde from overleg where proces_instantie_id = :instantie")
                .param("instantie", processInstanceId)
                .query((rs, i) -> new RondeVanInstantie(rs.getLong("casus_id"), rs.getInt("ronde"))).optional();
    }

    /** The case's rounds, newest first; {@code partner} turns who recorded an item into its partner group. */
    List<Overleg> overleggen(long casusId, UnaryOperator<String> partner, boolean metOmDeel) {
        List<Long> ids = jdbc.sql("select id from overleg where casus_id = :casus order by ronde desc")
                .param("casus", casusId).query(Long.class).list();
        return ids.stream().map(id -> overleg(id, partner, metOmDeel)).toList();
    }

    private Overleg overleg(long overlegId, UnaryOperator<String> partner, boolean metOmDeel) {
        List<Deel> delen = delen(overlegId, metOmDeel);
        List<Score> losseScores = delen.isEmpty() ? scores("overleg_id = :id and segment_id is null", overlegId) : List.of();
        List<Afspraak> losseAfspraken = delen.isEmpty()
                ? afspraken("overleg_id = :id and segment_id is null", overlegId) : List.of();
        List<LidVoorbereiding> leden = leden(overlegId);
        List<Bijdrage> bijdragen = bijdragen(overlegId, metOmDeel);
        return jdbc.sql("select * from overleg where id = :id").param("id", overlegId).query((rs, i) -> {
            List<Deel> alleDelen = delen.isEmpty() ? zonderIndeling(rs, losseScores, losseAfspraken) : delen;
            Samenvatting samenvatting = Samenvatting.van(rs, alleDelen);
            String deelname = rs.getString("deelname_clienten");
            return new Overleg(rs.getInt("ronde"), rs.getInt("fase"), rs.getObject("datum", LocalDate.class),
                    new Opzet((Boolean) rs.getObject("om_nodig"), (Boolean) rs.getObject("stalking_of_terreur"),
                            (Boolean) rs.getObject("opzet_afwijkend"), rs.getString("opzet_reden")),
                    deelname == null && rs.getString("voorbereiding") == null ? null
                            : new Voorbereiding(rs.getString("voorbereiding"), rs.getString("hoop_clienten"), deelname,
                                    rs.getString("vertrouwenspersoon"), leden),
                    bijdragen, alleDelen, (Boolean) rs.getObject("clienten_aanwezig"), samenvatting.nieuweZorgen(),
                    samenvatting.gemiddelde(), samenvatting.spreiding(), rs.getObject("volgend_overleg", LocalDate.class),
                    rs.getString("bij_schending"), rs.getString("vastgelegd_door"),
                    partner.apply(rs.getString("vastgelegd_door")), rs.getObject("vastgelegd_op", LocalDateTime.class));
        }).single();
    }

    /** The round's parts in order; an OM segment without the reader's right is read for its place and kind only. */
    private List<Deel> delen(long overlegId, boolean metOmDeel) {
        record Rij(long id, int volgorde, String soort) {
        }
        List<Rij> rijen = jdbc.sql("select id, volgorde, soort from overleg_segment where overleg_id = :id order by volgorde")
                .param("id", overlegId)
                .query((rs, i) -> new Rij(rs.getLong("id"), rs.getInt("volgorde"), rs.getString("soort"))).list();
        return rijen.stream().map(rij -> !metOmDeel && Segment.OM.name().equals(rij.soort())
                ? Deel.afgeschermd(rij.volgorde(), rij.soort())
                : deel(rij.id(), rij.volgorde(), rij.soort())).toList();
    }

    private Deel deel(long segmentId, int volgorde, String soort) {
        List<Score> scores = scores("segment_id = :id", segmentId);
        List<Afspraak> afspraken = afspraken("segment_id = :id", segmentId);
        OverlegService.Scores samenvatting = scoresVan(scores);
        return jdbc.sql("""
                select beeldvorming, oordeel, nog_zorgen, minimaal_nodig, vastgelegd_op from overleg_segment where id = :id""")
                .param("id", segmentId)
                .query((rs, i) -> new Deel(volgorde, soort, false, rs.getString("beeldvorming"), rs.getString("oordeel"),
                        (Boolean) rs.getObject("nog_zorgen"), rs.getString("minimaal_nodig"), samenvatting.gemiddelde(),
                        samenvatting.spreiding(), scores, afspraken, rs.getObject("vastgelegd_op", LocalDateTime.class)))
                .single();
    }

    /**
     * A round recorded before meetings had parts: its picture, scores and agreements as one part
     * for the whole meeting, which is what every meeting then was. None when nothing was recorded.
     */
    private static List<Deel> zonderIndeling(ResultSet overleg, List<Score> scores, List<Afspraak> afspraken)
            throws SQLException {
        String beeldvorming = overleg.getString("beeldvorming");
        if (beeldvorming == null && scores.isEmpty() && afspraken.isEmpty()) {
            return List.of();
        }
        OverlegService.Scores samenvatting = scoresVan(scores);
        return List.of(new Deel(1, Segment.GEHEEL.name(), false, beeldvorming, null,
                (Boolean) overleg.getObject("nieuwe_zorgen"), null, samenvatting.gemiddelde(), samenvatting.spreiding(),
                scores, afspraken, overleg.getObject("vastgelegd_op", LocalDateTime.class)));
    }

    private List<Score> scores(String waar, long id) {
        return jdbc.sql("select deelnemer, score, toelichting from schaalscore where " + waar + " order by id")
                .param("id", id)
                .query((rs, i) -> new Score(rs.getString("deelnemer"), rs.getInt("score"), rs.getString("toelichting")))
                .list();
    }

    private List<Afspraak> afspraken(String waar, long id) {
        return jdbc.sql("""
                select soort, partner, wat, deadline, waarom, bodemeis, status, toelichting from afspraak
                where %s order by id""".formatted(waar))
                .param("id", id)
                .query((rs, i) -> new Afspraak(rs.getString("soort"), rs.getString("partner"), rs.getString("wat"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("waarom"), rs.getBoolean("bodemeis"),
                        rs.getString("status"), rs.getString("toelichting")))
                .list();
    }

    /** Each member's own answers in the preparation, named, in the household's order. */
    private List<LidVoorbereiding> leden(long overlegId) {
        return jdbc.sql("""
                select h.naam, v.deelname, v.wensen, v.vertrouwenspersoon, v.apart_gehoord
                from voorbereiding_lid v join huishoudlid h on h.id = v.huishoudlid_id
                where v.overleg_id = :id order by v.huishoudlid_id""")
                .param("id", overlegId)
                .query((rs, i) -> new LidVoorbereiding(rs.getString("naam"), rs.getString("deelname"), rs.getString("wensen"),
                        rs.getString("vertrouwenspersoon"), rs.getBoolean("apart_gehoord")))
                .list();
    }

    /**
     * The invited partners' contributions in the order they were invited; a refusal stands in the
     * place of the information. What the OM brings in is kept as its segment is: to a reader who
     * may not read the OM segment it is not even read from the table, only that it was delivered.
     */
    private List<Bijdrage> bijdragen(long overlegId, boolean metOmDeel) {
        return jdbc.sql("""
                select partner, grondslag, geleverd_door, geleverd_op,
                       case when partner = :om and not :metOm then null else informatie end as informatie,
                       case when partner = :om and not :metOm then null else weigering end as weigering
                from bijdrage where overleg_id = :id order by id""")
                .param("id", overlegId).param("om", PartnerGroup.OM.id()).param("metOm", metOmDeel)
                .query((rs, i) -> {
                    boolean geweigerd = Grondslag.GEWEIGERD.name().equals(rs.getString("grondslag"));
                    boolean afgeschermd = !metOmDeel && PartnerGroup.OM.id().equals(rs.getString("partner"));
                    return new Bijdrage(rs.getString("partner"), rs.getString("grondslag"),
                            geweigerd ? null : rs.getString("informatie"), geweigerd ? rs.getString("weigering") : null,
                            rs.getString("geleverd_door"), rs.getObject("geleverd_op", LocalDateTime.class), afgeschermd);
                })
                .list();
    }

    private static OverlegService.Scores scoresVan(List<Score> scores) {
        return new OverlegService.Scores(scores.stream().map(Score::score).toList(), null);
    }

    /**
     * The round's mean, spread and new worries: as stored when the reader reads every part; over
     * the parts the reader may read when an OM segment is kept from them, so that what was scored
     * or judged there does not show through the round's figures. Null while the round is open.
     */
    private record Samenvatting(Boolean nieuweZorgen, Double gemiddelde, Integer spreiding) {

        static Samenvatting van(ResultSet overleg, List<Deel> delen) throws SQLException {
            BigDecimal gemiddelde = overleg.getBigDecimal("gemiddelde_score");
            Samenvatting opgeslagen = new Samenvatting((Boolean) overleg.getObject("nieuwe_zorgen"),
                    gemiddelde == null ? null : gemiddelde.doubleValue(), (Integer) overleg.getObject("score_spreiding", Integer.class));
            if (delen.stream().noneMatch(Deel::afgeschermd) || overleg.getObject("vastgelegd_op") == null) {
                return opgeslagen;
            }
            OverlegService.Scores leesbaar = scoresVan(delen.stream().flatMap(d -> d.scores().stream()).toList());
            return new Samenvatting(delen.stream().anyMatch(d -> Boolean.TRUE.equals(d.nogZorgen())),
                    leesbaar.gemiddelde(), leesbaar.spreiding());
        }
    }
}
