package dev.baton.contacts.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.baton.contacts.Person;

/** Field-by-field differences between two versions of a person: field → [before, after]. */
final class Changes {

    private Changes() {
    }

    static Map<String, List<Object>> between(Person before, Person after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        put(changes, "firstName", before.firstName(), after.firstName());
        put(changes, "lastName", before.lastName(), after.lastName());
        put(changes, "salutation", before.salutation(), after.salutation());
        put(changes, "pronouns", before.pronouns(), after.pronouns());
        put(changes, "emails", before.emails().stream().map(Person.EmailAddress::address).toList(),
                after.emails().stream().map(Person.EmailAddress::address).toList());
        put(changes, "phones", before.phones().stream().map(Person.Phone::number).toList(),
                after.phones().stream().map(Person.Phone::number).toList());
        put(changes, "address", before.address(), after.address());
        put(changes, "owner", before.owner(), after.owner());
        put(changes, "lifecycleStage", before.lifecycleStage(), after.lifecycleStage());
        put(changes, "organisations", before.organisations().stream().map(o -> o.name() + (o.title() == null ? "" : " (" + o.title() + ")")).toList(),
                after.organisations().stream().map(o -> o.name() + (o.title() == null ? "" : " (" + o.title() + ")")).toList());
        Set<String> keys = new HashSet<>(before.custom().keySet());
        keys.addAll(after.custom().keySet());
        keys.stream().sorted().forEach(k -> put(changes, "custom." + k, before.custom().get(k), after.custom().get(k)));
        return changes;
    }

    private static void put(Map<String, List<Object>> changes, String field, Object before, Object after) {
        if (!Objects.equals(normal(before), normal(after))) {
            changes.put(field, Arrays.asList(before, after));
        }
    }

    /** Numbers read back from JSON may differ in scale only (12.50 and 12.5): compare their values. */
    private static Object normal(Object value) {
        if (value instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros();
        }
        return value;
    }
}
