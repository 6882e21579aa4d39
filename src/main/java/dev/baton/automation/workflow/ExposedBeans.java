package dev.baton.automation.workflow;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

/**
 * The beans a compiled model's expressions may name, looked up when first used (so the engine can
 * be built before them): only these, never the rest of the application.
 */
final class ExposedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private final Set<String> names;

    ExposedBeans(ApplicationContext context, Set<String> names) {
        this.context = context;
        this.names = Set.copyOf(names);
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public Object get(Object key) {
        return names.contains(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return names.stream().map(name -> Map.entry((Object) name, context.getBean(name))).collect(Collectors.toUnmodifiableSet());
    }
}
