package nl.casusregie.overleg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.casusregie.casus.IncidentBron;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meeting rounds, each bound to the focusoverleg instance that holds it. */
@Repository
public class OverlegRepository {

    /** A planned round: its id, its number within the case, and its case. */
    public record Ronde(long id, int nummer, long casusId) {
    }

    private final JdbcClient jdbc;

    public OverlegRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans the case's next round, bound to its focusoverleg instance. */
    public Ronde plan(long casusId, int fase, String processInstanceId) {
        int nummer = jdbc.sql("select count(*) from overleg where casus_id = :casus").param("casus", casusId)
                .query(Integer.class).single() + 1;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into overleg (casus_id, ronde, fase, proces_instantie_id)
                values (:casus, :ronde, :fase, :instantie)""")
                .param("casus", casusId).param("ronde", nummer).param("fase", fase).param("instantie", processInstanceId)
                .update(key, "id");
        return new Ronde(key.getKey().longValue(), nummer, casusId);
    }

    /** A date proposed for a round, and where it comes from, in the chair's words. */
    public record Datumvoorstel(LocalDate datum, String herkomst) {
    }

    /**
     * The date proposed for the case's next round, from today on: the earliest of the dates the
     * chair brought the meeting forward to after a new incident (or, before incidents, after a
     * broken minimum condition) and the next meeting date the last recorded round agreed.
     */
    public Optional<Datumvoorstel> datumvoorstel(long casusId, LocalDate vandaag) {
        List<Datumvoorstel> voorstellen = new ArrayList<>();
        jdbc.sql("""
                select vervroegd_overleg, bron from incident where casus_id = :casus and vervroegd_overleg >= :vandaag
                order by vervroegd_overleg fetch first 1 rows only""")
                .param("casus", casusId).param("vandaag", vandaag)
                .query((rs, i) -> new Datumvoorstel(rs.getObject("vervroegd_overleg", LocalDate.class),
                        IncidentBron.BODEMEIS.equals(rs.getString("bron")) ? VERVROEGD_NA_BODEMEIS
                                : "Vervroegd door de voorzitter na een nieuw incident"))
                .optional().ifPresent(voorstellen::add);
        // Earlier dates set on the minimum condition itself, before breaches became incidents (V7).
        jdbc.sql("select min(vervroegd_overleg) from afspraak where casus_id = :casus and vervroegd_overleg >= :vandaag")
                .param("casus", casusId).param("vandaag", vandaag).query(LocalDate.class).optional()
                .map(datum -> new Datumvoorstel(datum, VERVROEGD_NA_BODEMEIS)).ifPresent(voorstellen::add);
        jdbc.sql("""
                select volgend_overleg from overleg where casus_id = :casus and volgend_overleg is not null
                order by ronde desc fetch first 1 rows only""")
                .param("casus", casusId).query(LocalDate.class).optional()
                .filter(datum -> !datum.isBefore(vandaag))
                .map(datum -> new Datumvoorstel(datum, "Afgesproken in het vorige overleg")).ifPresent(voorstellen::add);
        return voorstellen.stream().min(Comparator.comparing(Datumvoorstel::datum));
    }

    private static final String VERVROEGD_NA_BODEMEIS = "Vervroegd door de voorzitter na een geschonden bodemeis";

    /** A round of the case whose meeting is still to be held: its number, and its date once planned. */
    public record LopendeRonde(int nummer, LocalDate datum) {
    }

    /** The case's round whose meeting has not been recorded yet, if one runs. */
    public Optional<LopendeRonde> lopendeRonde(long casusId) {
        return jdbc.sql("""
                select ronde, datum from overleg where casus_id = :casus and vastgelegd_op is null
                order by ronde desc fetch first 1 rows only""")
                .param("casus", casusId)
                .query((rs, i) -> new LopendeRonde(rs.getInt("ronde"), rs.getObject("datum", LocalDate.class))).optional();
    }

    /** The round held by this focusoverleg instance. */
    public Optional<Ronde> ofInstance(String processInstanceId) {
        return jdbc.sql("select id, ronde, casus_id from overleg where proces_instantie_id = :instantie")
                .param("instantie", processInstanceId)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getInt("ronde"), rs.getLong("casus_id"))).optional();
    }

    /** The round held by this focusoverleg instance, if it belongs to that case. */
    public Optional<Ronde> ofInstance(String processInstanceId, long casusId) {
        return jdbc.sql("select id, ronde, casus_id from overleg where proces_instantie_id = :instantie and casus_id = :casus")
                .param("instantie", processInstanceId).param("casus", casusId)
                .query((rs, i) -> new Ronde(rs.getLong("id"), rs.getInt("ronde"), rs.getLong("casus_id"))).optional();
    }

    /** What the clients want discussed, from the preparation of the round held by this instance. */
    public Optional<String> wensenClienten(String processInstanceId) {
        return jdbc.sql("select voorbereiding from overleg where proces_instantie_id = :instantie")
                .param("instantie", processInstanceId).query(String.class).optional();
    }

    /** The stored preparation of a round, members in the household's order. */
    public Optional<Voorbereiding> voorbereiding(long overlegId) {
        List<Voorbereiding.Lid> leden = jdbc.sql("""
                select deelname, wensen, vertrouwenspersoon, apart_gehoord from voorbereiding_lid
                where overleg_id = :id order by huishoudlid_id""")
                .param("id", overlegId)
                .query((rs, i) -> new Voorbereiding.Lid(null, rs.getString("deelname"), rs.getString("wensen"),
                        rs.getString("vertrouwenspersoon"), rs.getBoolean("apart_gehoord"))).list();
        return jdbc.sql("""
                select voorbereiding, deelname_clienten, vertrouwenspersoon, hoop_clienten from overleg
                where id = :id and deelname_clienten is not null""")
                .param("id", overlegId)
                .query((rs, i) -> new Voorbereiding(rs.getString("voorbereiding"), rs.getString("deelname_clienten"),
                        rs.getString("vertrouwenspersoon"), rs.getString("hoop_clienten"), leden)).optional();
    }

    /** Stores the household's answers, and each member's own where given (rows in the household's order). */
    public void updateVoorbereiding(Ronde ronde, Voorbereiding voorbereiding, List<Long> ledenIds) {
        jdbc.sql("delete from voorbereiding_lid where overleg_id = :id").param("id", ronde.id()).update();
        for (int i = 0; i < voorbereiding.leden().size() && i < ledenIds.size(); i++) {
            Voorbereiding.Lid lid = voorbereiding.leden().get(i);
            jdbc.sql("""
                    insert into voorbereiding_lid (overleg_id, huishoudlid_id, wensen, deelname, vertrouwenspersoon, apart_gehoord)
                    values (:o, :lid, :wensen, :deelname, :vp, :apart)""")
                    .param("o", ronde.id()).param("lid", ledenIds.get(i)).param("wensen", lid.wensen())
                    .param("deelname", lid.deelnameOf(voorbereiding.deelnameClienten()))
                    .param("vp", lid.vertrouwenspersoon()).param("apart", Boolean.TRUE.equals(lid.apartGehoord())).update();
        }
        jdbc.sql("""
                update overleg set voorbereiding = :voorbereiding, deelname_clienten = :deelname, hoop_clienten = :hoop,
                    vertrouwenspersoon = :vertrouwenspersoon
                where id = :id""")
                .param("voorbereiding", voorbereiding.wensenClienten())
                .param("deelname", voorbereiding.deelnameClienten())
                .param("vertrouwenspersoon", voorbereiding.vertrouwenspersoon())
                .param("hoop", voorbereiding.hoopClienten())
                .param("id", ronde.id())
                .update();
    }

    public void updatePlan(Ronde ronde, OverlegPlan plan) {
        jdbc.sql("update overleg set datum = :datum, om_nodig = :om, stalking_of_terreur = :stalking where id = :id")
                .param("datum", plan.datum()).param("om", plan.omNodig()).param("stalking", plan.stalkingOfTerreur())
                .param("id", ronde.id()).update();
    }

    /** The round's plan as the chair made it. */
    public Optional<OverlegPlan> plan(long overlegId) {
        return jdbc.sql("select datum, om_nodig, stalking_of_terreur from overleg where id = :id and datum is not null")
                .param("id", overlegId)
                .query((rs, i) -> new OverlegPlan(rs.getDate("datum").toLocalDate(), rs.getBoolean("om_nodig"),
                        rs.getBoolean("stalking_of_terreur"), uitgenodigd(overlegId))).optional();
    }

    /** Invites these partner groups (one contribution each), replacing invitations not yet answered. */
    public void uitnodigen(Ronde ronde, List<String> partners) {
        jdbc.sql("delete from bijdrage where overleg_id = :id and geleverd_op is null").param("id", ronde.id()).update();
        List<String> geleverd = uitgenodigd(ronde.id());
        partners.stream().filter(p -> !geleverd.contains(p)).forEach(partner ->
                jdbc.sql("insert into bijdrage (overleg_id, partner) values (:id, :partner)")
                        .param("id", ronde.id()).param("partner", partner).update());
    }

    /** The partner groups invited to this round, in the order they were invited. */
    public List<String> uitgenodigd(long overlegId) {
        return jdbc.sql("select partner from bijdrage where overleg_id = :id order by id")
                .param("id", overlegId).query(String.class).list();
    }

    /** Stores an invited partner's contribution; false if that partner was not invited. */
    public boolean legBijdrage(Ronde ronde, String partner, Bijdrage bijdrage, String door) {
        return jdbc.sql("""
                update bijdrage set grondslag = :grondslag, informatie = :informatie, weigering = :weigering,
                    geleverd_door = :door, geleverd_op = :op
                where overleg_id = :id and partner = :partner""")
                .param("grondslag", bijdrage.grondslag()).param("informatie", bijdrage.informatie())
                .param("weigering", bijdrage.weigering()).param("door", door).param("op", LocalDateTime.now())
                .param("id", ronde.id()).param("partner", partner).update() == 1;
    }

    /** A contribution as the chair reads it: the partner, its basis, what it shares or the refusal; geleverdOp null when none came. */
    public record Bijdrageregel(String partner, String grondslag, String informatie, String weigering, LocalDateTime geleverdOp) {
    }

    public List<Bijdrageregel> bijdragen(long overlegId) {
        return jdbc.sql("select partner, grondslag, informatie, weigering, geleverd_op from bijdrage where overleg_id = :id order by id")
                .param("id", overlegId)
                .query((rs, i) -> new Bijdrageregel(rs.getString("partner"), rs.getString("grondslag"),
                        rs.getString("informatie"), rs.getString("weigering"),
                        rs.getTimestamp("geleverd_op") == null ? null : rs.getTimestamp("geleverd_op").toLocalDateTime()))
                .list();
    }

    /** Fixes the round's segments in this order, and whether the chair deviated from overleg-opzet, and why. */
    public void legOpzetVast(Ronde ronde, List<Segment> segmenten, boolean afwijkend, String reden) {
        jdbc.sql("delete from overleg_segment where overleg_id = :id").param("id", ronde.id()).update();
        for (int i = 0; i < segmenten.size(); i++) {
            jdbc.sql("insert into overleg_segment (overleg_id, volgorde, soort) values (:id, :volgorde, :soort)")
                    .param("id", ronde.id()).param("volgorde", i + 1).param("soort", segmenten.get(i).name()).update();
        }
        jdbc.sql("update overleg set opzet_afwijkend = :afwijkend, opzet_reden = :reden where id = :id")
                .param("afwijkend", afwijkend).param("reden", reden).param("id", ronde.id()).update();
    }

    /** The segments of the round held by this instance, in order. */
    public List<Segment> segmenten(String processInstanceId) {
        return jdbc.sql("""
                select s.soort from overleg_segment s join overleg o on o.id = s.overleg_id
                where o.proces_instantie_id = :instantie order by s.volgorde""")
                .param("instantie", processInstanceId).query(String.class).list().stream().map(Segment::valueOf).toList();
    }

    /** A segment of a round: its row and kind. */
    public record Segmentrij(long id, Segment soort) {
    }

    /** The first segment of the round not yet recorded: the one the chair's open task is for. */
    public Optional<Segmentrij> openSegment(String processInstanceId) {
        return jdbc.sql("""
                select s.id, s.soort from overleg_segment s join overleg o on o.id = s.overleg_id
                where o.proces_instantie_id = :instantie and s.vastgelegd_op is null order by s.volgorde""")
                .param("instantie", processInstanceId)
                .query((rs, i) -> new Segmentrij(rs.getLong("id"), Segment.valueOf(rs.getString("soort"))))
                .list().stream().findFirst();
    }

    /** Stores one segment of the meeting with its scores, agreements and minimum conditions. */
    public void updateSegment(Ronde ronde, Segmentrij segment, Overlegverslag verslag, String door) {
        jdbc.sql("""
                update overleg_segment set beeldvorming = :beeld, oordeel = :oordeel, nog_zorgen = :zorgen,
                    minimaal_nodig = :minimaal, vastgelegd_door = :door, vastgelegd_op = :op
                where id = :id""")
                .param("beeld", verslag.beeldvorming()).param("oordeel", verslag.oordeel())
                .param("zorgen", verslag.nieuweZorgen()).param("minimaal", verslag.minimaalNodig())
                .param("door", door).param("op", LocalDateTime.now()).param("id", segment.id()).update();
        if (verslag.volgendOverleg() != null || verslag.bijSchending() != null) {
            jdbc.sql("""
                    update overleg set volgend_overleg = coalesce(:volgend, volgend_overleg),
                        bij_schending = coalesce(:schending, bij_schending)
                    where id = :id""")
                    .param("volgend", verslag.volgendOverleg()).param("schending", verslag.bijSchending())
                    .param("id", ronde.id()).update();
        }
        for (Schaalscore score : verslag.scores()) {
            jdbc.sql("insert into schaalscore (overleg_id, segment_id, deelnemer, score, toelichting) values (:o, :s, :d, :score, :t)")
                    .param("o", ronde.id()).param("s", segment.id()).param("d", score.deelnemer()).param("score", score.score())
                    .param("t", score.toelichting()).update();
        }
        for (Afspraak afspraak : verslag.afspraken()) {
            jdbc.sql("""
                    insert into afspraak (overleg_id, segment_id, casus_id, soort, partner, wat, deadline, waarom, status, bodemeis)
                    values (:o, :s, :c, :soort, :p, :wat, :deadline, :waarom, 'OPEN', :bodemeis)""")
                    .param("o", ronde.id()).param("s", segment.id()).param("c", ronde.casusId())
                    .param("soort", afspraak.soort()).param("p", afspraak.partner())
                    .param("wat", afspraak.wat()).param("deadline", afspraak.deadline())
                    .param("waarom", afspraak.waarom()).param("bodemeis", Boolean.TRUE.equals(afspraak.bodemeis())).update();
        }
    }

    /** Whether this agreement was made in an OM segment (readable only as {@link OmDeel} says). */
    public boolean afspraakUitOmDeel(long afspraakId) {
        return jdbc.sql("""
                select count(*) from afspraak a join overleg_segment s on s.id = a.segment_id
                where a.id = :id and s.soort = 'OM'""")
                .param("id", afspraakId).query(Integer.class).single() > 0;
    }

    /** What the round's segments add up to, for fase-overgang and the debrief. */
    public record Uitkomst(boolean clientenAanwezig, boolean nieuweZorgen, List<Integer> scores) {
    }

    public Uitkomst uitkomst(Ronde ronde) {
        boolean zorgen = jdbc.sql("select count(*) from overleg_segment where overleg_id = :id and nog_zorgen = true")
                .param("id", ronde.id()).query(Integer.class).single() > 0;
        boolean aanwezig = Boolean.TRUE.equals(jdbc.sql("select clienten_aanwezig from overleg where id = :id")
                .param("id", ronde.id()).query(Boolean.class).optional().orElse(null));
        List<Integer> scores = jdbc.sql("select score from schaalscore where overleg_id = :id")
                .param("id", ronde.id()).query(Integer.class).list();
        return new Uitkomst(aanwezig, zorgen, scores);
    }

    public void markeerClientenAanwezig(Ronde ronde) {
        jdbc.sql("update overleg set clienten_aanwezig = true where id = :id").param("id", ronde.id()).update();
    }

    /** Closes the round's record with its score summary. */
    public void rondAf(Ronde ronde, boolean nieuweZorgen, Double gemiddelde, Integer spreiding, String door) {
        jdbc.sql("""
                update overleg set clienten_aanwezig = coalesce(clienten_aanwezig, false), nieuwe_zorgen = :zorgen,
                    gemiddelde_score = :gemiddelde, score_spreiding = :spreiding, vastgelegd_door = :door, vastgelegd_op = :op
                where id = :id""")
                .param("zorgen", nieuweZorgen)
                .param("gemiddelde", gemiddelde == null ? null : BigDecimal.valueOf(gemiddelde))
                .param("spreiding", spreiding).param("door", door).param("op", LocalDateTime.now())
                .param("id", ronde.id()).update();
    }

    /** Whether a minimum condition of this case was found broken since its previous round was recorded. */
    public boolean bodemeisGeschonden(Ronde ronde) {
        return jdbc.sql("""
                select count(*) from afspraak a
                where a.casus_id = :casus and a.bodemeis = true and a.status = 'GESCHONDEN'
                  and a.afgerond_op > coalesce((select max(o.vastgelegd_op) from overleg o
                                                where o.casus_id = :casus and o.id <> :id), timestamp '1900-01-01 00:00:00')""")
                .param("casus", ronde.casusId()).param("id", ronde.id()).query(Integer.class).single() > 0;
    }

    /**
     * What the case says about partners holding key information (sleutelpartners): its referrals, and
     * for the criminal framework also a probation running on it now.
     */
    public record Sleutelfeiten(boolean kindOnderMaatregel, boolean strafrechtelijkKader, String aanmelderGroep) {
    }

    public Sleutelfeiten sleutelfeiten(long casusId) {
        int kind = jdbc.sql("""
                select count(*) from aanmelding_kenmerk k join aanmelding a on a.id = k.aanmelding_id
                where a.casus_id = :casus and k.soort = 'CIVIELE_MAATREGEL'
                  and k.waarde in ('ONDERTOEZICHTSTELLING', 'UITHUISPLAATSING', 'VOOGDIJ')""")
                .param("casus", casusId).query(Integer.class).single();
        int strafrecht = jdbc.sql("""
                select count(*) from aanmelding_kenmerk k join aanmelding a on a.id = k.aanmelding_id
                where a.casus_id = :casus and k.soort = 'STRAFRECHTELIJKE_MAATREGEL'""")
                .param("casus", casusId).query(Integer.class).single()
                + jdbc.sql("select count(*) from proeftijd where casus_id = :casus and status = 'LOPEND' and einddatum > :vandaag")
                .param("casus", casusId).param("vandaag", java.time.LocalDate.now()).query(Integer.class).single();
        String aanmelder = jdbc.sql("select aanmelder_groep from aanmelding where casus_id = :casus order by id")
                .param("casus", casusId).query(String.class).list().stream().findFirst().orElse(null);
        return new Sleutelfeiten(kind > 0, strafrecht > 0, aanmelder);
    }
}
