package nl.casusregie.platform.deployment;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The only beans that expressions in models can reach: the project's own delegates and
 * listeners (Spring beans of the project's packages implementing {@link JavaDelegate},
 * {@link ExecutionListener} or {@link TaskListener}), by bean name. Engine services,
 * repositories and every other bean stay out of reach of a deployed model.
 *
 * <p>A read-only map, as the engine's expression manager expects. The names are collected
 * by type on first use (after the application context has all its bean definitions), and
 * each bean is fetched only when an expression asks for it, so the engine can be built
 * before the delegates that need its services.
 */
public class ExposedBeans extends AbstractMap<Object, Object> {

    static final List<Class<?>> KINDS = List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);

    private final ListableBeanFactory beanFactory;
    private final List<String> packages;
    private volatile SortedSet<String> names;

    /** @param packages the packages whose beans count as the project's own (sub-packages included) */
    public ExposedBeans(ListableBeanFactory beanFactory, List<String> packages) {
        this.beanFactory = beanFactory;
        this.packages = List.copyOf(packages);
    }

    /** The names a model may use in a delegateExpression, sorted. */
    public SortedSet<String> names() {
        SortedSet<String> result = names;
        if (result == null) {
            result = collect();
            names = result;
        }
        return result;
    }

    private SortedSet<String> collect() {
        return KINDS.stream()
                // no eager initialisation: the engine itself is being built when this may run
                .flatMap(kind -> Arrays.stream(beanFactory.getBeanNamesForType(kind, true, false)))
                .filter(this::isOwn)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean isOwn(String name) {
        Class<?> type = beanFactory.getType(name, false);
        if (type == null) {
            return false;
        }
        String packageName = ClassUtils.getUserClass(type).getPackageName();
        return packages.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? beanFactory.getBean((String) key) : null;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return names().stream()
                .map(name -> Map.entry((Object) name, beanFactory.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
