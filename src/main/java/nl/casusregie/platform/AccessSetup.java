package nl.casusregie.platform;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
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
 * Makes sure, on every start, that the contract's groups exist with what they may do:
 * partner groups work in Tasklist and may refer a household (start zvh-casus); the
 * supervisor watches in Cockpit; the process owner deploys models. Tasks themselves are
 * visible to their candidate groups through the engine's default task permission.
 * The baseline grants are restored on every start; further grants made in Admin stay.
 */
@Component
@Order(2)
public class AccessSetup implements ApplicationRunner {

    public static final String CASE_PROCESS_KEY = "zvh-casus";

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
        List<String> filterIds = createTasklistFiltersIfMissing();
        for (PartnerGroup group : PartnerGroup.withAccess(PartnerGroup.Access.TASKLIST)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, CASE_PROCESS_KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String filterId : filterIds) {
                grant(group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
        for (PartnerGroup group : PartnerGroup.withAccess(PartnerGroup.Access.COCKPIT)) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                    Permissions.READ_INSTANCE, Permissions.READ_TASK);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.TASK, ANY, Permissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // The chair hands case direction over (message CasusregieBeeindigd into a running case).
        grant(PartnerGroup.PROCESREGISSEUR, Resources.PROCESS_DEFINITION, CASE_PROCESS_KEY, Permissions.UPDATE_INSTANCE);
        // The process owner changes and deploys models (from Modeler, over /engine-rest).
        PartnerGroup owner = PartnerGroup.PROCESBEHEERDER;
        grant(owner, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(owner, Resources.PROCESS_DEFINITION, ANY, Permissions.UPDATE);
        grant(owner, Resources.DECISION_DEFINITION, ANY, Permissions.UPDATE, Permissions.CREATE_INSTANCE);
    }

    private void createGroupIfMissing(PartnerGroup partner) {
        if (identityService.createGroupQuery().groupId(partner.id()).count() == 0) {
            Group group = identityService.newGroup(partner.id());
            group.setName(partner.naam());
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /** Tasklist shows nothing without filters: one for one's own tasks, one for the groups' tasks. */
    private List<String> createTasklistFiltersIfMissing() {
        String mine = filterId("Mijn taken", 10, "${currentUser()}", true,
                "Taken die aan mij zijn toegewezen");
        String groups = filterId("Taken van mijn groepen", 20, "${currentUserGroups()}", false,
                "Taken voor de partnerrollen waarvan ik lid ben");
        return List.of(mine, groups);
    }

    private String filterId(String name, int priority, String expression, boolean byAssignee, String description) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        var query = taskService.createTaskQuery();
        if (byAssignee) {
            query.taskAssigneeExpression(expression);
        } else {
            query.taskCandidateGroupInExpression(expression).includeAssignedTasks();
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        return filterService.saveFilter(filter).getId();
    }

    private void grant(PartnerGroup group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(group.id())
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group.id());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
