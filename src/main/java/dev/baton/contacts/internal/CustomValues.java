package dev.baton.contacts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.baton.contacts.CustomField;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/**
 * Checks custom field values against their definitions and brings them to one stored form:
 * text as string, number as decimal, date as yyyy-mm-dd, boolean, select as an option,
 * multiselect as a list of options. A null value clears the field.
 */
@Component
public class CustomValues {

    private final CustomFieldDirectory fields;

    CustomValues(CustomFieldDirectory fields) {
        this.fields = fields;
    }

    public Map<String, Object> check(String object, Map<String, Object> values) {
        return check(object, fields.of(object), values);
    }

    /** Checks against definitions already read (for bulk work, where reading them per row would cost). */
    public Map<String, Object> check(String object, List<CustomField> definitions, Map<String, Object> values) {
        Map<String, CustomField> defined = definitions.stream()
                .collect(Collectors.toMap(CustomField::key, Function.identity()));
        Map<String, Object> given = values == null ? Map.of() : values;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> stored = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            CustomField field = defined.get(entry.getKey());
            String name = "custom." + entry.getKey();
            if (field == null) {
                problems.add(new FieldProblem(name, String.valueOf(entry.getValue()), "is not a custom field of "
                        + plural(object) + (defined.isEmpty() ? "" : "; known: " + String.join(", ", defined.keySet()))));
                continue;
            }
            if (entry.getValue() == null) {
                continue;
            }
            try {
                stored.put(field.key(), convert(field, entry.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(name, String.valueOf(entry.getValue()), e.getMessage()));
            }
        }
        for (CustomField field : defined.values()) {
            if (field.required() && !stored.containsKey(field.key())) {
                problems.add(new FieldProblem("custom." + field.key(), null, "is required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return stored;
    }

    /**
     * One field's value written as text (a process step's setting) in its stored form: true or false,
     * options of a multiselect separated by commas; empty text is null, which clears the field.
     */
    public static Object fromText(CustomField field, String text) {
        if (text == null || text.isBlank()) {
            if (field.required()) {
                throw new InvalidInputException("custom." + field.key(), text, "is required, so it cannot be cleared");
            }
            return null;
        }
        try {
            return switch (field.type()) {
                case "boolean" -> switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes" -> true;
                    case "false", "no" -> false;
                    default -> throw new IllegalArgumentException("must be true or false");
                };
                case "multiselect" -> convert(field, java.util.Arrays.stream(text.split(",")).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList());
                default -> convert(field, field.type().equals("text") ? text : text.strip());
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("custom." + field.key(), text, e.getMessage());
        }
    }

    private static Object convert(CustomField field, Object value) {
        return switch (field.type()) {
            case "text" -> text(field, value);
            case "number" -> number(value);
            case "date" -> date(value);
            case "boolean" -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw new IllegalArgumentException("must be true or false");
            }
            case "select" -> option(field, value);
            case "multiselect" -> {
                if (!(value instanceof Collection<?> many)) {
                    throw new IllegalArgumentException("must be a list of options: " + String.join(", ", field.options()));
                }
                yield many.stream().map(v -> option(field, v)).distinct().toList();
            }
            default -> throw new IllegalStateException("unknown field type " + field.type());
        };
    }

    private static String text(CustomField field, Object value) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("must be text");
        }
        if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(s).matches()) {
            throw new IllegalArgumentException("must match the pattern " + field.pattern());
        }
        return s;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number");
            }
        }
        throw new IllegalArgumentException("must be a number");
    }

    private static String date(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value)).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date written yyyy-mm-dd");
        }
    }

    private static String option(CustomField field, Object value) {
        String text = String.valueOf(value);
        if (!field.options().contains(text)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", field.options()));
        }
        return text;
    }

    private static String plural(String object) {
        return switch (object) {
            case "person" -> "people";
            case "organisation" -> "organisations";
            default -> object + "s";
        };
    }
}
