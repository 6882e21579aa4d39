package dev.baton.contacts.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.util.MultiValueMap;

import dev.baton.contacts.Address;
import dev.baton.contacts.CustomField;

/**
 * Custom fields on an edit form: each field is an input named {@code custom.<key>}, shaped by its
 * type. A blank input clears the value; the type and rule checks stay with the contacts rules, so a
 * form names the same problems as the API.
 */
final class CustomFieldForm {

    private CustomFieldForm() {
    }

    /** The values the form carries, ready for the contacts rules (numbers and dates still as text). */
    static Map<String, Object> values(List<CustomField> fields, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField field : fields) {
            String name = "custom." + field.key();
            List<String> given = form.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank())
                    .map(String::trim).toList();
            switch (field.type()) {
                case "boolean" -> values.put(field.key(), given.contains("true"));
                case "multiselect" -> values.put(field.key(), given.isEmpty() ? null : given);
                default -> values.put(field.key(), given.isEmpty() ? null : given.getFirst());
            }
        }
        return values;
    }

    /** One custom field as an input: its stored value as text and, for selects, the options chosen. */
    record Input(String name, String label, String type, boolean required, String text, List<String> options,
            Set<String> chosen) {
    }

    /** The inputs for a record's custom fields, filled with what it holds (or what the form sent back). */
    static List<Input> inputs(List<CustomField> fields, Map<String, Object> values) {
        return fields.stream().map(f -> {
            Object value = values == null ? null : values.get(f.key());
            Set<String> chosen = value instanceof Collection<?> many ? many.stream().map(String::valueOf).collect(Collectors.toSet())
                    : value == null ? Set.of() : Set.of(value.toString());
            return new Input("custom." + f.key(), f.label(), f.type(), f.required(), value == null ? "" : value.toString(),
                    f.options(), chosen);
        }).toList();
    }

    /** Stored custom values as a page shows them: a multiselect's options joined by commas. */
    static Map<String, String> shown(Map<String, Object> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> shown.put(key, value instanceof Collection<?> many
                    ? many.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(value)));
        }
        return shown;
    }

    /** An address on one line, leaving out the parts not known. */
    static String line(Address address) {
        if (address == null) {
            return "";
        }
        return Stream.of(address.street(), address.postalCode(), address.city(), address.region(), address.country())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    }
}
