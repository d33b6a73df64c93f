package nl.casusregie.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
/** Filters that add what the project holds in its own tables to the engine's answers for Tasklist. */
public class TasklistAnswerFilters {

    /** Outside the authentication filters, as the next: it only adds to answers the engine already gave the user. */
    @Bean
    FilterRegistrationBean<StoredFormValuesFilter> storedFormValues(TaskService taskService,
                                                                    List<StoredFormValues> contributions,
                                                                    ObjectMapper objectMapper) {
        FilterRegistrationBean<StoredFormValuesFilter> registration = new FilterRegistrationBean<>(
                new StoredFormValuesFilter(taskService, contributions, objectMapper));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TaskListColumnsFilter> taskListColumns(List<TaskListColumns> contributions,
                                                                  ObjectMapper objectMapper) {
        FilterRegistrationBean<TaskListColumnsFilter> registration = new FilterRegistrationBean<>(
                new TaskListColumnsFilter(contributions, objectMapper));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
