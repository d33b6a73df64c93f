package nl.casusregie.platform;

import java.lang.reflect.Field;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Comments and attachments on tasks. The engine writes them without any permission check of
 * its own (its REST API only asks whether the task is visible in history, which a supervisor's
 * history rights make true for every task). So: a user comments only on a task they may work
 * (TASK_WORK), and users add no attachments at all (Tasklist offers none; documents belong in
 * the project's tables). The engine itself and the project's code without a user pass.
 * The commands are recognised by class: AuthorizationMatrixTest fails if an engine upgrade
 * changes them.
 */
public class TaskNotesGuard extends CommandInterceptor {

    private static final Set<Class<?>> COMMENTS = Set.of(AddCommentCmd.class, UpdateCommentCmd.class,
            DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class);
    private static final Set<Class<?>> ATTACHMENTS = Set.of(CreateAttachmentCmd.class, SaveAttachmentCmd.class,
            DeleteAttachmentCmd.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    public TaskNotesGuard(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            if (ATTACHMENTS.contains(command.getClass())) {
                throw new AuthorizationException("Bijlagen bij taken zijn niet toegestaan.");
            }
            if (COMMENTS.contains(command.getClass()) && !mayWork(user, taskIdOf(command))) {
                throw new AuthorizationException("Alleen wie de taak mag uitvoeren, kan er een opmerking bij plaatsen.");
            }
        }
        return next.execute(command);
    }

    private boolean mayWork(Authentication user, String taskId) {
        return taskId != null && (
                authorizationService.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.TASK_WORK,
                        Resources.TASK, taskId)
                || authorizationService.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.UPDATE,
                        Resources.TASK, taskId));
    }

    /** The task a comment command is about; null for comments on a process instance. */
    private static String taskIdOf(Command<?> command) {
        try {
            Field taskId = command.getClass().getDeclaredField("taskId");
            taskId.setAccessible(true);
            return (String) taskId.get(command);
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
