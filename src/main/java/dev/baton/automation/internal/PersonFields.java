package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.baton.contacts.Address;

/**
 * The fields of a person as process documents name them ({@code person.email},
 * {@code person.custom.renewal}) and how they appear in the changes of a person
 * ({@code emails}, {@code custom.renewal}), so that a field_changed trigger meets its event.
 */
public final class PersonFields {

    /** A field as documents name it, with its value after the change (as text; null when it was emptied). */
    public record Changed(String field, String to) {
    }

    /** The standard fields of a person that change, each with the change keys it is made of. */
    static final Map<String, List<String>> STANDARD = standard();

    private PersonFields() {
    }

    private static Map<String, List<String>> standard() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("person.name", List.of("firstName", "lastName"));
        fields.put("person.first_name", List.of("firstName"));
        fields.put("person.last_name", List.of("lastName"));
        fields.put("person.salutation", List.of("salutation"));
        fields.put("person.pronouns", List.of("pronouns"));
        fields.put("person.email", List.of("emails"));
        fields.put("person.phone", List.of("phones"));
        fields.put("person.address", List.of("address"));
        fields.put("person.city", List.of("address"));
        fields.put("person.country", List.of("address"));
        fields.put("person.owner", List.of("owner"));
        fields.put("person.organisation", List.of("organisations"));
        fields.put("person.title", List.of("organisations"));
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The change keys a field names, or empty when it is not a field of people that changes. */
    static List<String> changeKeys(String field, Collection<String> customKeys) {
        if (field == null) {
            return List.of();
        }
        String name = field.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("person.custom.")) {
            String key = field.trim().substring("person.custom.".length());
            return customKeys.contains(key) ? List.of("custom." + key) : List.of();
        }
        return STANDARD.getOrDefault(name, List.of());
    }

    /** The fields (as documents name them) that the changes of a person touch, with their new values. */
    public static List<Changed> changed(Map<String, List<Object>> changes) {
        List<Changed> found = new ArrayList<>();
        changes.forEach((key, values) -> {
            Object after = values.size() > 1 ? values.get(1) : null;
            if (key.startsWith("custom.")) {
                found.add(new Changed("person." + key, text(after)));
                return;
            }
            STANDARD.forEach((field, keys) -> {
                if (!keys.contains(key)) {
                    return;
                }
                Object before = values.isEmpty() ? null : values.get(0);
                if (field.equals("person.city") || field.equals("person.country")) {
                    boolean city = field.equals("person.city");
                    String was = part(before, city);
                    String is = part(after, city);
                    if (!Objects.equals(was, is)) {
                        found.add(new Changed(field, is));
                    }
                } else if (found.stream().noneMatch(c -> c.field().equals(field))) {
                    found.add(new Changed(field, text(after)));
                }
            });
        });
        return found;
    }

    /** A pipeline answers to its name in any letter case and to its name in lower case with dashes (new-business). */
    static boolean sameName(String name, String given) {
        String wanted = given.trim().toLowerCase(Locale.ROOT);
        String own = name.trim().toLowerCase(Locale.ROOT);
        return own.equals(wanted) || slug(own).equals(wanted);
    }

    static String slug(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String part(Object address, boolean city) {
        if (address instanceof Address a) {
            return city ? a.city() : a.country();
        }
        if (address instanceof Map<?, ?> m) {
            Object v = m.get(city ? "city" : "country");
            return v == null ? null : v.toString();
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }
}
