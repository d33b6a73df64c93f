package nl.casusregie.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.casusregie.dossier.Dossier.Besluit;
import nl.casusregie.dossier.Dossier.EerdereCasus;
import nl.casusregie.dossier.Dossier.Terugkoppeling;
import nl.casusregie.casus.CasusStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a case file from the project's tables, newest first. Who wrote an item is a user id;
 * {@code partner} turns it into the partner group it was written for.
 */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who takes part: the referrer's partner group, the partner groups invited to one of the case's
     * meeting rounds (each adds its information to the file), those named in its agreements, the
     * partner groups that reported an incident on it (a referral that became one included; a
     * case director reports as one person, not for every case director of the house), for a
     * probation on the case the OM that imposed it and the partner group that supervises it, and
     * for a restraining order on the household the group that registered it and those starting help.
     */
    Set<String> deelnemendePartners(long casusId) {
        return Set.copyOf(jdbc.sql("""
                select aanmelder_groep from aanmelding where casus_id = :casus
                union select b.partner from bijdrage b join overleg o on o.id = b.overleg_id where o.casus_id = :casus
                union select partner from afspraak where casus_id = :casus
                union select gemeld_door_groep from incident where casus_id = :casus and gemeld_door_groep is not null
                    and gemeld_door_groep not in ('casusregisseur', 'procesregisseur')
                union select 'om' from proeftijd where casus_id = :casus
                union select toezichthouder from proeftijd where casus_id = :casus
                union select partner from huisverbod where casus_id = :casus
                union select u.partner from huisverbod_hulp u join huisverbod h on h.id = u.huisverbod_id where h.casus_id = :casus""")
                .param("casus", casusId).query(String.class).list());
    }

    Optional<Dossier.Aanmelding> aanmelding(long casusId) {
        return jdbc.sql("select * from aanmelding where casus_id = :casus").param("casus", casusId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Dossier.Aanmelding(rs.getString("aanmelder"), rs.getString("aanmelder_groep"),
                            rs.getObject("ontvangen_op", LocalDateTime.class),
                            (Boolean) rs.getObject("geweld_hoofdreden"), (Integer) rs.getObject("patroon_jaren", Integer.class),
                            (Boolean) rs.getObject("acuut_gevaar"),
                            kenmerken(id, "GEWELDSVORM"), kenmerken(id, "LEEFGEBIED"),
                            kenmerken(id, "STRAFRECHTELIJKE_MAATREGEL"), kenmerken(id, "CIVIELE_MAATREGEL"),
                            rs.getString("analyse_aanmelder"), rs.getString("risicofactoren"), rs.getString("krachten"),
                            rs.getString("visie_clienten"), (Boolean) rs.getObject("clienten_geinformeerd"),
                            rs.getObject("eerste_hulp_datum", LocalDate.class), rs.getString("eerste_hulp_organisatie"),
                            (Boolean) rs.getObject("dreiging_tegen_professionals"),
                            (Boolean) rs.getObject("zeer_bedreigend_weinig_bewijs"));
                }).optional();
    }

    private List<String> kenmerken(long aanmeldingId, String soort) {
        return jdbc.sql("select waarde from aanmelding_kenmerk where aanmelding_id = :id and soort = :soort order by waarde")
                .param("id", aanmeldingId).param("soort", soort).query(String.class).list();
    }

    List<EerdereCasus> eerdereCasussen(long huishoudenId, long casusId) {
        return jdbc.sql("""
                select nummer, aanpak, status, aangemaakt_op, afgesloten_op, afsluitplan from casus
                where huishouden_id = :huishouden and id <> :casus order by id desc""")
                .param("huishouden", huishoudenId).param("casus", casusId)
                .query((rs, i) -> new EerdereCasus(rs.getString("nummer"), rs.getString("aanpak"),
                        CasusStatus.valueOf(rs.getString("status")), rs.getObject("aangemaakt_op", LocalDateTime.class),
                        rs.getObject("afgesloten_op", LocalDateTime.class), rs.getString("afsluitplan")))
                .list();
    }

    List<Besluit> besluiten(long casusId, UnaryOperator<String> partner) {
        return jdbc.sql("""
                select soort, advies, uitkomst, afwijkend, reden, genomen_door, genomen_op from besluit
                where casus_id = :casus order by id desc""")
                .param("casus", casusId)
                .query((rs, i) -> new Besluit(rs.getString("soort"), rs.getString("advies"), rs.getString("uitkomst"),
                        rs.getBoolean("afwijkend"), rs.getString("reden"), rs.getString("genomen_door"),
                        partner.apply(rs.getString("genomen_door")), rs.getObject("genomen_op", LocalDateTime.class)))
                .list();
    }

    /** The letters to the clients, newest first; the letter itself is read on its own (ClientbriefController). */
    List<Dossier.Brief> brieven(long casusId) {
        return jdbc.sql("""
                select b.id, o.ronde, b.gemaakt_op, b.talen from clientbrief b join overleg o on o.id = b.overleg_id
                where b.casus_id = :casus order by b.id desc""")
                .param("casus", casusId)
                .query((rs, i) -> new Dossier.Brief(rs.getLong("id"), rs.getInt("ronde"),
                        rs.getObject("gemaakt_op", LocalDateTime.class), talen(rs.getString("talen"))))
                .list();
    }

    private static List<String> talen(String talen) {
        return talen == null || talen.isBlank() ? List.of() : List.of(talen.split(","));
    }

    /** The case's new incidents with the chair's answer to each, newest first. */
    List<Dossier.Incident> incidenten(long casusId) {
        return jdbc.sql("""
                select bron, omschrijving, gemeld_door, gemeld_door_groep, gemeld_op, vervroegd_overleg, vervroeging_reden,
                    besloten_door, besloten_op, voor_triage
                from incident where casus_id = :casus order by id desc""")
                .param("casus", casusId)
                .query((rs, i) -> new Dossier.Incident(rs.getString("bron"), rs.getString("omschrijving"),
                        rs.getString("gemeld_door"), rs.getString("gemeld_door_groep"),
                        rs.getObject("gemeld_op", LocalDateTime.class), rs.getObject("vervroegd_overleg", LocalDate.class),
                        rs.getString("vervroeging_reden"), rs.getString("besloten_door"),
                        rs.getObject("besloten_op", LocalDateTime.class), rs.getBoolean("voor_triage")))
                .list();
    }

    List<Terugkoppeling> terugkoppelingen(long casusId, UnaryOperator<String> partner) {
        return jdbc.sql("select soort, wijze, tekst, door, op from terugkoppeling where casus_id = :casus order by id desc")
                .param("casus", casusId)
                .query((rs, i) -> new Terugkoppeling(rs.getString("soort"), rs.getString("wijze"), rs.getString("tekst"),
                        rs.getString("door"), partner.apply(rs.getString("door")), rs.getObject("op", LocalDateTime.class)))
                .list();
    }
}
