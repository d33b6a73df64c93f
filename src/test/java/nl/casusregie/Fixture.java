package nl.casusregie;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.aanmelding.Registratie;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.platform.DemoData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.stereotype.Component;

/** Test helper: refers households and works tasks as the demo users would, through the real services. */
@Component
public class Fixture {

    public static final String HUIS = DemoData.DEMO_HOUSE;

    private final ProcessEngine engine;
    private final AanmeldingService aanmeldingService;

    public Fixture(ProcessEngine engine, AanmeldingService aanmeldingService) {
        this.engine = engine;
        this.aanmeldingService = aanmeldingService;
        BpmnAwareTests.init(engine); // two engines in a test JVM: use Spring's (stack notes, trap 7)
    }

    /** A referral as politie1 makes it; returns the started case process. */
    public ProcessInstance meldAan(AanmeldingRequest aanmelding) {
        Registratie registratie = as("politie1", () -> aanmeldingService.meldAan(aanmelding,
                new Aanmelder("politie1", "politie", HUIS)));
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(registratie.casus().nummer()).singleResult();
    }

    /** A household with a unique name, so tests never share a household by accident. */
    public static AanmeldingRequest aanmelding(boolean geweldHoofdreden, int jaren, int leefgebieden, boolean acuut,
                                               String achternaam) {
        var domeinen = java.util.EnumSet.allOf(nl.casusregie.aanmelding.Leefgebied.class).stream()
                .limit(leefgebieden).collect(java.util.stream.Collectors.toSet());
        return new AanmeldingRequest(List.of(
                new LidRequest("Sam " + achternaam, java.time.LocalDate.of(1980, 5, 1), null, Rol.MOGELIJKE_PLEGER, "Nederlands", false),
                new LidRequest("Noor " + achternaam, null, 41, Rol.SLACHTOFFER, "Arabisch", true)),
                null, geweldHoofdreden, jaren, acuut, domeinen, null, null,
                "Analyse van de aanmelder", null, null, null, true, null, null, null, null);
    }

    /**
     * What the chair records of a meeting, as Tasklist submits it (lists as JSON): one agreement
     * with the given reason (null: none), and one score per participant.
     */
    public static Map<String, Object> overlegverslag(boolean clientenAanwezig, String afspraakWaarom, int... scores) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("clientenAanwezig", clientenAanwezig);
        vars.put("beeldvorming", "Gedeelde topzorg: escalatie bij de overdracht van de kinderen.");
        vars.put("nieuweZorgen", false);
        vars.put("scores", org.camunda.spin.Spin.JSON(java.util.stream.IntStream.range(0, scores.length)
                .mapToObj(i -> "{\"deelnemer\":\"partner %d\",\"score\":%d,\"toelichting\":\"grond\"}".formatted(i, scores[i]))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"))));
        vars.put("afspraken", org.camunda.spin.Spin.JSON("""
                [{"soort":"ACTIE_PROFESSIONALS","partner":"veiligthuis","wat":"Veiligheidsplan opstellen","deadline":"%s","waarom":%s}]"""
                .formatted(java.time.LocalDate.now().plusDays(14), afspraakWaarom == null ? "null" : "\"" + afspraakWaarom + "\"")));
        return vars;
    }

    /**
     * What the chair records of a meeting with one minimum condition (bodemeis) guarded by this
     * partner group up to this deadline, the next meeting's date, and what happens on a breach.
     */
    public static Map<String, Object> bodemeisverslag(String bewaker, java.time.LocalDate deadline,
                                                      java.time.LocalDate volgendOverleg) {
        Map<String, Object> vars = overlegverslag(false, "Veiligheid eerst", 2, 3);
        vars.put("afspraken", org.camunda.spin.Spin.JSON("""
                [{"soort":"ACTIE_PROFESSIONALS","partner":"%s","wat":"Sam komt niet in de buurt van de school","deadline":"%s","waarom":"Veiligheid van de kinderen","bodemeis":true}]"""
                .formatted(bewaker, deadline)));
        vars.put("volgendOverleg", volgendOverleg.toString());
        vars.put("bijSchending", "Meteen een vervroegd overleg; de politie licht de school in");
        return vars;
    }

    /** The chair's plan, as Tasklist submits it: a meeting a week ahead, the OM needed or not, these partners invited. */
    public static Map<String, Object> overlegplan(boolean omNodig, boolean stalkingOfTerreur, String... partners) {
        return Map.of("datum", java.time.LocalDate.now().plusDays(7).toString(), "omNodig", omNodig,
                "stalkingOfTerreur", stalkingOfTerreur, "uitgenodigdePartners", partnerlijst(partners));
    }

    public static Object partnerlijst(String... partners) {
        return org.camunda.spin.Spin.JSON(java.util.Arrays.stream(partners).map(p -> "\"" + p + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]")));
    }

    /**
     * The chair plans the round (Veilig Thuis invited unless other partners are given), confirms
     * the advised composition, and every invited partner contributes on its legal task. The
     * round then waits at its first segment. The preparation may come before or after.
     */
    public void planOverleg(ProcessInstance overleg, boolean omNodig, String... partners) {
        String[] uitgenodigd = partners.length == 0 ? new String[] {"veiligthuis"} : partners;
        complete("procesregisseur1", task(overleg, "UserTask_OverlegPlannen"), overlegplan(omNodig, false, uitgenodigd));
        complete("procesregisseur1", task(overleg, "UserTask_OpzetBevestigen"),
                Map.of("uitgenodigdePartners", partnerlijst(uitgenodigd)));
        for (String partner : uitgenodigd) {
            Task bijdrage = engine.getTaskService().createTaskQuery().processInstanceId(overleg.getId())
                    .taskDefinitionKey("UserTask_InformatieAanleveren").taskCandidateGroup(partner).singleResult();
            complete(partner + "1", bijdrage, Map.of("grondslag", "WETTELIJKE_TAAK",
                    "informatie", "Actuele informatie van " + naam(partner)));
        }
    }

    /** Records every remaining segment of the round with the same values. */
    public void legOverlegVast(ProcessInstance overleg, Map<String, Object> verslag) {
        Task segment;
        while ((segment = task(overleg, "UserTask_OverlegVastleggen")) != null) {
            complete("procesregisseur1", segment, verslag);
        }
    }

    /** A one-segment round with Veilig Thuis, after the preparation: plans it and records it with these values. */
    public void houdOverleg(ProcessInstance overleg, Map<String, Object> verslag) {
        planOverleg(overleg, false);
        legOverlegVast(overleg, verslag);
    }

    /** What ggz reports in {@link #houdGesplitstOverleg}: the mother refused consent. */
    public static final String WEIGERING = "Moeder weigert toestemming voor contact met de reclassering";

    /**
     * A split round as Tasklist records it, once the clients said they attend: the chair plans it
     * with the OM needed and om, politie, ggz and veiligthuis invited, and confirms the advised
     * parts (OM, then the clients). ggz reports the mother's refusal ({@link #WEIGERING}), the
     * others contribute on their legal task. Every text of the OM segment starts with
     * {@code omTekst}: its picture, judgement, minimum need, the OM officer's score (8, still
     * worried) and its agreements, one for the OM and a minimum condition guarded by the police.
     * The clients' segment, without new worries, scores 4 and 5 and holds an agreement for Veilig
     * Thuis, one for the clients and a minimum condition guarded by the police, the next meeting in
     * six weeks and what happens when a minimum condition is broken. The round then waits for the debrief.
     */
    public void houdGesplitstOverleg(ProcessInstance overleg, String omTekst) {
        String[] partners = {"om", "politie", "ggz", "veiligthuis"};
        complete("procesregisseur1", task(overleg, "UserTask_OverlegPlannen"), overlegplan(true, false, partners));
        complete("procesregisseur1", task(overleg, "UserTask_OpzetBevestigen"),
                Map.of("uitgenodigdePartners", partnerlijst(partners)));
        for (String partner : partners) {
            Task bijdrage = engine.getTaskService().createTaskQuery().processInstanceId(overleg.getId())
                    .taskDefinitionKey("UserTask_InformatieAanleveren").taskCandidateGroup(partner).singleResult();
            complete(partner + "1", bijdrage, "ggz".equals(partner)
                    ? Map.of("grondslag", "GEWEIGERD", "weigering", WEIGERING)
                    : Map.of("grondslag", "WETTELIJKE_TAAK", "informatie", "om".equals(partner)
                            ? omTekst + " lopend opsporingsonderzoek" : "Actuele informatie van " + naam(partner)));
        }
        String deadline = java.time.LocalDate.now().plusDays(14).toString();
        Map<String, Object> omDeel = overlegdeel(false, omTekst + " beeld van de officier", omTekst + " oordeel", true,
                omTekst + " minimaal nodig", """
                        {"deelnemer":"Officier","score":8,"toelichting":"%1$s grond"}""".formatted(omTekst), """
                        {"soort":"ACTIE_PROFESSIONALS","partner":"om","wat":"%1$s dagvaarding voorbereiden","deadline":"%2$s","waarom":"%1$s vervolging"},
                        {"soort":"ACTIE_PROFESSIONALS","partner":"politie","wat":"%1$s contactverbod handhaven","deadline":"%2$s","waarom":"%1$s veiligheid","bodemeis":true}"""
                        .formatted(omTekst, deadline));
        complete("procesregisseur1", task(overleg, "UserTask_OverlegVastleggen"), omDeel);
        Map<String, Object> clientendeel = overlegdeel(true, "Beeld met de cliënten", "Moeder voelt zich veiliger", false,
                "Vader houdt afstand", """
                        {"deelnemer":"Veilig Thuis","score":4,"toelichting":"Plan werkt"},
                        {"deelnemer":"Moeder","score":5,"toelichting":"Nog onrustig"}""", """
                        {"soort":"ACTIE_PROFESSIONALS","partner":"veiligthuis","wat":"Veiligheidsplan opstellen","deadline":"%1$s","waarom":"Veiligheid eerst"},
                        {"soort":"ACTIE_GEZIN","partner":"clienten","wat":"Samen naar de opvoedcursus","deadline":"%1$s","waarom":"Rust in huis"},
                        {"soort":"ACTIE_PROFESSIONALS","partner":"politie","wat":"Sam komt niet in de buurt van de school","deadline":"%1$s","waarom":"Veiligheid van de kinderen","bodemeis":true}"""
                        .formatted(deadline));
        clientendeel.put("volgendOverleg", java.time.LocalDate.now().plusDays(42).toString());
        clientendeel.put("bijSchending", "Terug naar fase 1 en binnen een week opnieuw overleg");
        complete("procesregisseur1", task(overleg, "UserTask_OverlegVastleggen"), clientendeel);
    }

    /** One part of a meeting as Tasklist submits it: scores and agreements as JSON lists (without brackets here). */
    private static Map<String, Object> overlegdeel(boolean clientenAanwezig, String beeldvorming, String oordeel,
                                                   boolean nieuweZorgen, String minimaalNodig, String scores, String afspraken) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("clientenAanwezig", clientenAanwezig);
        vars.put("beeldvorming", beeldvorming);
        vars.put("oordeel", oordeel);
        vars.put("nieuweZorgen", nieuweZorgen);
        vars.put("minimaalNodig", minimaalNodig);
        vars.put("scores", org.camunda.spin.Spin.JSON("[" + scores + "]"));
        vars.put("afspraken", org.camunda.spin.Spin.JSON("[" + afspraken + "]"));
        return vars;
    }

    /** The case director's debrief or feedback, and the letter's translation where a member reads another language. */
    public void koppelTerug(ProcessInstance overleg, String casusregisseur, String nabespreking) {
        complete(casusregisseur, overleg, Map.of("nabespreking", nabespreking));
        if (task(overleg, "UserTask_BriefVertalen") != null) {
            complete(casusregisseur, overleg, Map.of("vertaald", true));
        }
    }

    /** A partner group as people read it ("Veilig Thuis"), so what tests write reads like what people write. */
    public static String naam(String partner) {
        return nl.casusregie.platform.PartnerGroup.fromId(partner).map(nl.casusregie.platform.PartnerGroup::naam).orElse(partner);
    }

    public static String uniek(String prefix) {
        return prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Completes the instance's current task for that user (assigned to them or offered to one of
     * their groups), as that user, with the user's groups and house. An instance can have two open
     * tasks for different people (the referrer's notice beside the case's next step).
     */
    public void complete(String userId, ProcessInstance instance, Map<String, Object> variables) {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
        Task current = open.size() == 1 ? open.get(0) : engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId())
                .or().taskAssignee(userId).taskCandidateUser(userId).endOr().singleResult();
        complete(userId, current, variables);
    }

    /** The instance's open task at that activity. */
    public Task task(ProcessInstance instance, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).singleResult();
    }

    public void complete(String userId, Task current, Map<String, Object> variables) {
        as(userId, () -> {
            engine.getTaskService().complete(current.getId(), variables);
            return null;
        });
    }

    /**
     * A household referred by politie1, taken up as MDA++ ("Jarenlang patroon") with this case
     * director, through the preparation ("Rust in huis", clients not attending) and a first
     * meeting whose one agreement is for Veilig Thuis, with this reason. The round now waits for
     * the feedback to the clients.
     */
    public ProcessInstance naEersteOverleg(String achternaam, String casusregisseur, String afspraakWaarom) {
        return naEersteOverleg(achternaam, casusregisseur, overlegverslag(false, afspraakWaarom, 3, 5));
    }

    /** As {@link #naEersteOverleg(String, String, String)}, the first meeting recorded with these values. */
    public ProcessInstance naEersteOverleg(String achternaam, String casusregisseur, Map<String, Object> verslag) {
        ProcessInstance casus = meldAan(aanmelding(true, 5, 4, false, achternaam));
        complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        complete("procesregisseur1", casus, Map.of("casusregisseur", casusregisseur));
        ProcessInstance overleg = focusoverleg(casus);
        complete(casusregisseur, overleg, Map.of("wensenClienten", "Rust in huis", "deelnameClienten", "NEE"));
        houdOverleg(overleg, verslag);
        return casus;
    }

    /** The focusoverleg instance called by this case, if one runs. */
    public ProcessInstance focusoverleg(ProcessInstance casus) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(casus.getId()).singleResult();
    }

    /** Runs the instance's due jobs (timers) until none is left, as the job executor would. */
    public void runJobs(ProcessInstance instance) {
        ManagementService management = engine.getManagementService();
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(instance.getId()).list()).isEmpty()) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Moves the engine's clock to that moment and runs the instance's due jobs until none is due, as the job executor would. */
    public void klokNaar(ProcessInstance instance, java.util.Date moment) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(moment);
        ManagementService management = engine.getManagementService();
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(instance.getId()).executable().list()).isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    public void klokNaar(ProcessInstance instance, java.time.LocalDateTime moment) {
        klokNaar(instance, java.util.Date.from(moment.atZone(java.time.ZoneId.systemDefault()).toInstant()));
    }

    public <T> T as(String userId, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups, List.of(HUIS));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public Task task(ProcessInstance instance) {
        return BpmnAwareTests.task(instance);
    }
}
