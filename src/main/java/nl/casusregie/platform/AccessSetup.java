package nl.casusregie.platform;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, on every start, that the contract's groups exist with exactly what they may do
 * (least privilege; the matrix is in the README and in AuthorizationMatrixTest):
 * partner groups work in Tasklist and may refer a household (start zvh-casus), the OM also
 * imposes a probation (start proeftijd), the ZSM partners put a case forward (start zsm-verdieping),
 * Veilig Thuis and the police enter a new report or bring a case to the Actie-Overleg (start actie-overleg); the
 * supervisor watches in Cockpit; the process owner deploys models. Tasks themselves are
 * open to their candidate groups and assignee through the engine's default task permission,
 * TASK_WORK (claim, complete, comment; no variable writes, no reassigning). Nobody modifies,
 * suspends or writes variables of a running case through the engine: the project's own
 * endpoints check the role and then act for the user.
 * The permissions of the grants listed here are reset to this baseline on every start, so a
 * grant retired here disappears from existing databases too; other grants made in Admin stay.
 */
@Component
@Order(2)
public class AccessSetup implements ApplicationRunner {

    public static final String CASE_PROCESS_KEY = "zvh-casus";
    /** Only the OM imposes a probation (start form Proeftijd starten). */
    public static final String PROBATION_PROCESS_KEY = "proeftijd";
    /** The ZSM partners put a case forward for the deepening session (start form Zaak inbrengen). */
    public static final String ZSM_PROCESS_KEY = "zsm-verdieping";
    private static final List<PartnerGroup> ZSM_PARTNERS = List.of(PartnerGroup.OM, PartnerGroup.POLITIE,
            PartnerGroup.RECLASSERING, PartnerGroup.RVDK, PartnerGroup.SLACHTOFFERHULP, PartnerGroup.HALT, PartnerGroup.VEILIGTHUIS);

    /**
     * Police and Veilig Thuis enter new reports: the Actie-Overleg's network routes each to its table
     * (start form of actie-overleg), or bring a case to the Actie-Overleg directly over /api.
     */
    public static final String ACTIE_OVERLEG_PROCESS_KEY = "actie-overleg";
    public static final List<PartnerGroup> MELDERS = List.of(PartnerGroup.POLITIE, PartnerGroup.VEILIGTHUIS);

    private record Grant(PartnerGroup group, Resource resource, String resourceId) {
    }

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                       FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (PartnerGroup group : PartnerGroup.values()) {
            createGroupIfMissing(group);
        }
        baseline(createTasklistFiltersIfMissing()).forEach(this::setExactly);
    }

    private static Map<Grant, Set<Permission>> baseline(List<String> filterIds) {
        Map<Grant, Set<Permission>> grants = new LinkedHashMap<>();
        for (PartnerGroup group : PartnerGroup.withAccess(PartnerGroup.Access.TASKLIST)) {
            add(grants, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            add(grants, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            add(grants, group, Resources.PROCESS_DEFINITION, CASE_PROCESS_KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
            add(grants, group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String filterId : filterIds) {
                add(grants, group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
        for (PartnerGroup group : PartnerGroup.withAccess(PartnerGroup.Access.COCKPIT)) {
            add(grants, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            add(grants, group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                    Permissions.READ_INSTANCE, Permissions.READ_TASK);
            add(grants, group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            add(grants, group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            add(grants, group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            add(grants, group, Resources.TASK, ANY, Permissions.READ);
            add(grants, group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        add(grants, PartnerGroup.OM, Resources.PROCESS_DEFINITION, PROBATION_PROCESS_KEY, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        for (PartnerGroup group : ZSM_PARTNERS) {
            add(grants, group, Resources.PROCESS_DEFINITION, ZSM_PROCESS_KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
        }
        for (PartnerGroup group : MELDERS) {
            add(grants, group, Resources.PROCESS_DEFINITION, ACTIE_OVERLEG_PROCESS_KEY, Permissions.READ,
                    Permissions.CREATE_INSTANCE);
        }
        // The process owner deploys models from Modeler (over /engine-rest) and tries decision tables.
        add(grants, PartnerGroup.PROCESBEHEERDER, Resources.DEPLOYMENT, ANY, Permissions.CREATE);
        add(grants, PartnerGroup.PROCESBEHEERDER, Resources.DECISION_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
        return grants;
    }

    private static void add(Map<Grant, Set<Permission>> grants, PartnerGroup group, Resource resource, String resourceId,
                            Permission... permissions) {
        grants.computeIfAbsent(new Grant(group, resource, resourceId), g -> new LinkedHashSet<>())
                .addAll(List.of(permissions));
    }

    private void createGroupIfMissing(PartnerGroup partner) {
        if (identityService.createGroupQuery().groupId(partner.id()).count() == 0) {
            Group group = identityService.newGroup(partner.id());
            group.setName(partner.naam());
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /**
     * Tasklist shows nothing without filters: one for one's own tasks, one for the groups' tasks.
     * Their properties are set on every start: each task in the list shows its case
     * ({@link TaskListColumns}).
     */
    private List<String> createTasklistFiltersIfMissing() {
        String mine = filterId("Mijn taken", 10, "${currentUser()}", true,
                "Taken die aan mij zijn toegewezen");
        String groups = filterId("Taken van mijn groepen", 20, "${currentUserGroups()}", false,
                "Taken voor de partnerrollen waarvan ik lid ben");
        return List.of(mine, groups);
    }

    private String filterId(String name, int priority, String expression, boolean byAssignee, String description) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            var query = taskService.createTaskQuery();
            if (byAssignee) {
                query.taskAssigneeExpression(expression);
            } else {
                query.taskCandidateGroupInExpression(expression).includeAssignedTasks();
            }
            filter = filterService.newTaskFilter(name).setQuery(query);
        }
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "variables", TaskListColumns.filterProperty()));
        return filterService.saveFilter(filter).getId();
    }

    private void setExactly(Grant grant, Set<Permission> permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(grant.group().id())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group().id());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
    }
}
