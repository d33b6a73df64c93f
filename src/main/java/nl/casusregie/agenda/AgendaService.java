package nl.casusregie.agenda;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agenda of the session-based tables, for the processes that bring cases to them. A case is
 * named by a reference (the business key of the table's case, and its instance), in its house;
 * the agenda keeps nothing of its content. A case goes on the first session of its table whose
 * agenda has not closed (the cut-off) and that is not full; the session decides on it
 * ({@link #handelAf}), or puts it back with a reason ({@link #zetTerugOpAgenda}) on the first
 * such session after the one it was on. Times are the engine's ({@link EngineKlok}).
 */
@Service
public class AgendaService {

    static final String VELD_REDEN = "terugkeerReden";
    static final String VELD_TOELICHTING = "terugkeerToelichting";
    static final int MAX_TOELICHTING = 2000;
    private static final int MAX_REFERENTIE = 64;
    /** Years of sessions; a table whose every session is full for that long is a fault, not a wait. */
    private static final int MAX_SESSIES_VOORUIT = 1000;

    private final AgendaRepository agenda;
    private final AgendaInstellingen instellingen;
    private final EngineKlok klok;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate savepoint;

    AgendaService(AgendaRepository agenda, AgendaInstellingen instellingen, EngineKlok klok, AuditLog auditLog,
                  CurrentUser currentUser, PlatformTransactionManager transactionManager) {
        this.agenda = agenda;
        this.instellingen = instellingen;
        this.klok = klok;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Puts a case on the next session of the table that is open for it. A case already on the agenda
     * stays where it is (a retried step puts it on once); a case the table discussed before comes
     * back only with a reason, through {@link #zetTerugOpAgenda}.
     */
    @Transactional
    public Agendapunt zetOpAgenda(Tafel tafel, String huis, String referentie, String procesInstantieId) {
        controleerVerwijzing(tafel, huis, referentie);
        Optional<Agendapunt> laatste = agenda.laatste(tafel, huis, referentie);
        if (laatste.isPresent() && laatste.get().status() == AgendapuntStatus.GEAGENDEERD) {
            return laatste.get();
        }
        if (laatste.isPresent() && laatste.get().status() == AgendapuntStatus.BESPROKEN) {
            throw new OngeldigeInvoerException(VELD_REDEN, "Reden terug op de agenda: " + referentie + " is al besproken in het "
                    + tafel.label() + " van " + Woorden.datumTijd(laatste.get().sessieBegin())
                    + "; kies een reden om de casus terug op de agenda te zetten.");
        }
        LocalDateTime nu = klok.nu();
        Agendapunt punt = plaats(tafel, huis, referentie, procesInstantieId, nu, null, 0, null, null);
        auditLog.record(huis, "AGENDA_GEZET", null, beschrijf(punt));
        return punt;
    }

    /**
     * The session put the case back on the agenda: its item there is discussed, and the case goes on
     * the first open session after that one, with the reason (required) and an explanation.
     */
    @Transactional
    public Agendapunt zetTerugOpAgenda(Tafel tafel, String huis, String referentie, TerugkeerReden reden,
                                       String toelichting) {
        controleerVerwijzing(tafel, huis, referentie);
        if (reden == null) {
            throw new OngeldigeInvoerException(VELD_REDEN, "Reden terug op de agenda: kies een reden ("
                    + Woorden.opsomming(Arrays.stream(TerugkeerReden.values()).map(r -> r.label().toLowerCase(Locale.ROOT)).toList())
                    + ").");
        }
        String uitleg = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (uitleg != null && uitleg.length() > MAX_TOELICHTING) {
            throw new OngeldigeInvoerException(VELD_TOELICHTING,
                    "Toelichting terug op de agenda: is langer dan " + MAX_TOELICHTING + " tekens.");
        }
        Agendapunt vorige = agenda.laatste(tafel, huis, referentie)
                .filter(p -> p.status() != AgendapuntStatus.INGETROKKEN)
                .orElseThrow(() -> new OngeldigeInvoerException("referentie", referentie + " staat niet op de agenda van het "
                        + tafel.label() + "; zet de casus eerst op de agenda."));
        LocalDateTime nu = klok.nu();
        agenda.sluit(vorige.id(), AgendapuntStatus.BESPROKEN, currentUser.userIdOrSystem(), nu);
        Agendapunt punt = plaats(tafel, huis, referentie, vorige.procesInstantieId(), nu, vorige.sessieBegin(),
                vorige.terugkeer() + 1, reden, uitleg);
        auditLog.record(huis, "AGENDA_TERUG", null, beschrijf(punt) + ", reden " + reden.name());
        return punt;
    }

    /** The session decided on the case: it leaves the agenda. False if it was not on it (already handled). */
    @Transactional
    public boolean handelAf(Tafel tafel, String huis, String referentie) {
        Optional<Agendapunt> open = openPunt(tafel, huis, referentie);
        if (open.isEmpty() || !agenda.sluit(open.get().id(), AgendapuntStatus.BESPROKEN, currentUser.userIdOrSystem(),
                klok.nu())) {
            return false;
        }
        auditLog.record(huis, "AGENDA_BESPROKEN", null, beschrijf(open.get()));
        return true;
    }

    /**
     * Takes the case off the agenda before its session decided on it (the case ended otherwise); its
     * place is freed for another case if the session has not begun. False if it was not on the agenda.
     */
    @Transactional
    public boolean haalVanAgenda(Tafel tafel, String huis, String referentie) {
        Optional<Agendapunt> open = openPunt(tafel, huis, referentie);
        LocalDateTime nu = klok.nu();
        if (open.isEmpty() || !agenda.sluit(open.get().id(), AgendapuntStatus.INGETROKKEN, currentUser.userIdOrSystem(), nu)) {
            return false;
        }
        if (open.get().sessieBegin().isAfter(nu)) {
            agenda.geefPlaatsVrij(agenda.sessieVan(open.get().id()));
        }
        auditLog.record(huis, "AGENDA_INGETROKKEN", null, beschrijf(open.get()));
        return true;
    }

    /** The case's item that waits for a session's decision, if any. */
    public Optional<Agendapunt> openPunt(Tafel tafel, String huis, String referentie) {
        return agenda.laatste(tafel, huis, referentie).filter(p -> p.status() == AgendapuntStatus.GEAGENDEERD);
    }

    /** The case's items at this table, oldest first: when it was on, and each return with its reason. */
    public List<Agendapunt> geschiedenis(Tafel tafel, String huis, String referentie) {
        return agenda.geschiedenis(tafel, huis, referentie);
    }

    private Agendapunt plaats(Tafel tafel, String huis, String referentie, String procesInstantieId, LocalDateTime nu,
                              LocalDateTime na, int terugkeer, TerugkeerReden reden, String toelichting) {
        Rooster rooster = instellingen.rooster(tafel);
        LocalDateTime vanaf = na == null || na.isBefore(nu) ? nu : na;
        Iterator<LocalDateTime> begins = rooster.beginMomentenVanaf(vanaf.toLocalDate())
                .filter(begin -> na == null || begin.isAfter(na))
                .filter(begin -> !nu.isAfter(rooster.sluitOp(begin)))
                .limit(MAX_SESSIES_VOORUIT).iterator();
        while (begins.hasNext()) {
            LocalDateTime begin = begins.next();
            long sessieId = sessie(tafel, huis, begin, rooster);
            if (neemPlaats(sessieId, rooster.maxCasussen())) {
                long id = agenda.insertPunt(sessieId, huis, tafel, referentie, procesInstantieId, terugkeer, reden, toelichting,
                        currentUser.userIdOrSystem(), nu);
                return agenda.punt(id);
            }
        }
        throw new IllegalStateException("Geen sessie van het " + tafel.label() + " met plaats in de komende "
                + MAX_SESSIES_VOORUIT + " sessies (" + huis + ").");
    }

    /**
     * The session's row, created when its first case comes. Two cases may create it at once: the
     * loser's insert is undone to a savepoint (so its transaction goes on, also on PostgreSQL)
     * and it reads the winner's row.
     */
    private long sessie(Tafel tafel, String huis, LocalDateTime begin, Rooster rooster) {
        return agenda.sessieId(huis, tafel, begin).orElseGet(() -> {
            try {
                savepoint.executeWithoutResult(s -> agenda.insertSessie(huis, tafel, begin, rooster.eindeVan(begin),
                        rooster.maxCasussen()));
            } catch (DataIntegrityViolationException createdByAnother) {
                // the unique key (huis, tafel, begint_op): read the other's row below
            }
            return agenda.sessieId(huis, tafel, begin).orElseThrow();
        });
    }

    /** A place, or false when the session is full; a count past the cap (the check constraint) counts as full. */
    private boolean neemPlaats(long sessieId, int maxCasussen) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(s -> agenda.neemPlaats(sessieId, maxCasussen)));
        } catch (DataIntegrityViolationException vol) {
            return false;
        }
    }

    private static void controleerVerwijzing(Tafel tafel, String huis, String referentie) {
        if (tafel == null || huis == null || huis.isBlank() || referentie == null || referentie.isBlank()
                || referentie.length() > MAX_REFERENTIE) {
            throw new IllegalArgumentException("Een agendapunt heeft een tafel, een huis en een referentie van ten hoogste "
                    + MAX_REFERENTIE + " tekens.");
        }
    }

    private static String beschrijf(Agendapunt punt) {
        return punt.tafel().code() + " " + punt.referentie() + ", sessie " + punt.sessieBegin()
                + (punt.isTerugkeer() ? ", terugkeer " + punt.terugkeer() : "");
    }
}
