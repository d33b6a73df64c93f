package nl.casusregie.aanmelding;

import java.time.LocalDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class AanmeldingRepository {

    private final JdbcClient jdbc;

    public AanmeldingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long casusId, Aanmelder aanmelder, AanmeldingRequest aanmelding) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into aanmelding (casus_id, aanmelder, aanmelder_groep, ontvangen_op, geweld_hoofdreden,
                    patroon_jaren, acuut_gevaar, analyse_aanmelder, risicofactoren, visie_clienten, clienten_geinformeerd,
                    krachten, eerste_hulp_datum, eerste_hulp_organisatie, dreiging_tegen_professionals,
                    zeer_bedreigend_weinig_bewijs)
                values (:casus, :aanmelder, :groep, :op, :hoofdreden, :jaren, :acuut, :analyse, :risico, :visie,
                    :geinformeerd, :krachten, :hulpDatum, :hulpOrganisatie, :dreiging, :bedreigend)""")
                .param("casus", casusId)
                .param("aanmelder", aanmelder.userId())
                .param("groep", aanmelder.groep())
                .param("op", LocalDateTime.now())
                .param("hoofdreden", aanmelding.geweldHoofdreden())
                .param("jaren", aanmelding.patroonJaren())
                .param("acuut", aanmelding.acuutGevaar())
                .param("analyse", aanmelding.analyse())
                .param("risico", aanmelding.risicofactoren())
                .param("visie", aanmelding.visieClienten())
                .param("geinformeerd", aanmelding.clientenGeinformeerd())
                .param("krachten", aanmelding.krachten())
                .param("hulpDatum", aanmelding.eersteHulpDatum())
                .param("hulpOrganisatie", aanmelding.eersteHulpOrganisatie())
                .param("dreiging", aanmelding.dreigingTegenProfessionals())
                .param("bedreigend", aanmelding.zeerBedreigendWeinigBewijs())
                .update(key, "id");
        long id = key.getKey().longValue();
        insertKenmerken(id, "GEWELDSVORM", aanmelding.geweldsvormen());
        insertKenmerken(id, "LEEFGEBIED", aanmelding.leefgebieden());
        insertKenmerken(id, "STRAFRECHTELIJKE_MAATREGEL", aanmelding.strafrechtelijkeMaatregelen());
        insertKenmerken(id, "CIVIELE_MAATREGEL", aanmelding.civieleMaatregelen());
        return id;
    }

    private void insertKenmerken(long aanmeldingId, String soort, Collection<? extends Enum<?>> waarden) {
        for (Enum<?> waarde : waarden) {
            jdbc.sql("insert into aanmelding_kenmerk (aanmelding_id, soort, waarde) values (:id, :soort, :waarde)")
                    .param("id", aanmeldingId).param("soort", soort).param("waarde", waarde.name())
                    .update();
        }
    }
}
