package nl.casusregie.actieoverleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.dossier.Leesrecht;

/**
 * An Actie-Overleg case's records as GET /api/actie-overleggen/{nummer} shows them: the report, each
 * time on the agenda (returns with their reasons), the facts bundled before the session, each
 * session's decisions and the tactical plan with what became of each action, and where the case was
 * handed to. Without personal content (a supervisor) every text people wrote and every name is left
 * out (null): who, when and what was decided remain.
 */
public record ActieOverlegDossier(String nummer, String status, Leesrecht leesrecht, String gemeldDoor, LocalDateTime gemeldOp,
                                  boolean stalking, String watGebeurd, List<Persoon> betrokkenen, List<Agendering> agenda,
                                  Feiten feiten, List<Sessie> sessies, List<Actie> plan, Overdracht overgedragenAan,
                                  String overgedragenNummer) {

    public record Persoon(String naam, LocalDate geboortedatum, String rol) {
    }

    public record Agendering(LocalDateTime sessieBegin, int terugkeer, String reden, String toelichting, String status) {
    }

    public record Feiten(String veiligThuis, String bekendBijReclassering, String politie) {
    }

    public record Sessie(LocalDateTime sessieBegin, boolean ambtshalveAangifte, String aangifteReden, boolean aanhouding,
                         boolean contactverbod, String omReden, boolean zorgenResterend, String vervolg,
                         String vervolgToelichting, String door, LocalDateTime op) {
    }

    public record Actie(String partner, String wat, LocalDate deadline, String waarom, String status) {
    }
}
