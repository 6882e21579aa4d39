package dev.baton.segments.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.contacts.CustomField;
import dev.baton.segments.QuerySyntaxException;

/**
 * How a condition compares a column with its values, whatever the object: text, choices, numbers,
 * dates, owners, tags and custom fields. Values go into the parameters, never into the SQL text.
 */
final class Comparisons {

    private final Map<String, Object> params = new HashMap<>();

    Map<String, Object> params() {
        return params;
    }

    /** Exact values: =, !=, in. */
    String simple(Query.Condition c, String column) {
        return switch (c.op()) {
            case "=" -> column + " = " + param(c.values().get(0).text());
            case "!=" -> column + " is distinct from " + param(c.values().get(0).text());
            case "in" -> column + " = any(" + param(c.values().stream().map(Token::text).toArray(String[]::new)) + ")";
            default -> throw unsupported(c, "=, !=, in");
        };
    }

    /** Exact values from a fixed list; a value outside it is reported where it stands. */
    String choice(Query.Condition c, String column, List<String> allowed) {
        for (Token value : c.values()) {
            if (!allowed.contains(value.text())) {
                throw new QuerySyntaxException(value.position(), "'" + value.text() + "' is not a " + c.field().text(),
                        "one of " + String.join(", ", allowed));
            }
        }
        return simple(c, column);
    }

    /** Text, ignoring letter case: =, !=, in, contains. */
    String text(Query.Condition c, String column) {
        return switch (c.op()) {
            case "=" -> "lower(" + column + ") = lower(" + param(c.values().get(0).text()) + ")";
            case "!=" -> "lower(" + column + ") is distinct from lower(" + param(c.values().get(0).text()) + ")";
            case "in" -> "lower(" + column + ") = any(" + param(c.values().stream().map(v -> v.text().toLowerCase()).toArray(String[]::new)) + ")";
            case "contains" -> column + " ilike " + param("%" + like(c.values().get(0).text()) + "%");
            default -> throw unsupported(c, "=, !=, in, contains");
        };
    }

    /** A number column: all comparisons and in. */
    String number(Query.Condition c, String column) {
        if (c.op().equals("contains")) {
            throw unsupported(c, "=, !=, <, <=, >, >=, in");
        }
        List<BigDecimal> numbers = c.values().stream().map(Comparisons::number).toList();
        return c.op().equals("in") ? column + " = any(" + param(numbers.toArray(BigDecimal[]::new)) + ")"
                : column + " " + sqlOp(c.op()) + " " + param(numbers.get(0));
    }

    /** A point in time compared with whole days (UTC). */
    String date(Query.Condition c, String column) {
        Token value = dateValue(c);
        Timestamp start = Timestamp.from(LocalDate.parse(value.text()).atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(LocalDate.parse(value.text()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return switch (c.op()) {
            case "=" -> "(" + column + " >= " + param(start) + " and " + column + " < " + param(end) + ")";
            case "<" -> column + " < " + param(start);
            case "<=" -> column + " < " + param(end);
            case ">" -> column + " >= " + param(end);
            case ">=" -> column + " >= " + param(start);
            default -> "not (" + column + " >= " + param(start) + " and " + column + " < " + param(end) + ")";
        };
    }

    /** A calendar date column. */
    String day(Query.Condition c, String column) {
        return column + " " + sqlOp(c.op()) + " " + param(LocalDate.parse(dateValue(c).text()));
    }

    private static Token dateValue(Query.Condition c) {
        Token value = c.values().get(0);
        if (value.kind() != Token.Kind.DATE || c.op().equals("in") || c.op().equals("contains")) {
            throw new QuerySyntaxException(value.position(), "'" + c.field().text() + "' compares with a date", "a date like 2026-01-31 and =, <, <=, >, >=");
        }
        return value;
    }

    /** An owner column: me (the caller), nobody, or a user's email. */
    String owner(Query.Condition c, String column, UUID me, Function<String, Optional<UUID>> userByEmail) {
        List<UUID> owners = new ArrayList<>();
        for (Token value : c.values()) {
            if (value.is("me")) {
                owners.add(me);
            } else if (value.is("nobody")) {
                owners.add(null);
            } else {
                owners.add(userByEmail.apply(value.text()).orElseThrow(() -> new QuerySyntaxException(value.position(),
                        "No user with the email '" + value.text() + "'", "me, nobody or a user's email")));
            }
        }
        if (owners.contains(null)) {
            return c.op().equals("!=") ? column + " is not null" : column + " is null";
        }
        return switch (c.op()) {
            case "=" -> column + " = " + param(owners.get(0));
            case "!=" -> column + " is distinct from " + param(owners.get(0));
            case "in" -> column + " = any(" + param(owners.toArray(UUID[]::new)) + ")";
            default -> throw unsupported(c, "=, !=, in");
        };
    }

    /** The thing carries a tag: {@code link} is the tag table joining tags to it, {@code id} the thing's id column there. */
    String tagged(Query.Condition c, String link, String idColumn, String id) {
        String match = switch (c.op()) {
            case "=", "!=" -> "lower(t.name) = lower(" + param(c.values().get(0).text()) + ")";
            case "in" -> "lower(t.name) = any(" + param(c.values().stream().map(v -> v.text().toLowerCase()).toArray(String[]::new)) + ")";
            case "contains" -> "t.name ilike " + param("%" + like(c.values().get(0).text()) + "%");
            default -> throw unsupported(c, "=, !=, in, contains");
        };
        String exists = "exists (select 1 from " + link + " x join tags t on t.id = x.tag_id where x." + idColumn + " = " + id
                + " and " + match + ")";
        return c.op().equals("!=") ? "not " + exists : exists;
    }

    /** A custom field of the row {@code alias}, compared by the field's type. */
    String custom(Query.Condition c, String key, String alias, List<CustomField> fields) {
        CustomField field = find(fields, key).orElseThrow(() -> new QuerySyntaxException(c.field().position(),
                "Unknown custom field '" + key + "'", fields.isEmpty() ? "a defined custom field"
                        : "one of " + fields.stream().map(f -> "custom." + f.key()).collect(Collectors.joining(", "))));
        String json = alias + ".custom";
        return switch (field.type()) {
            case "number" -> number(c, "(" + json + "->>'" + field.key() + "')::numeric");
            case "date" -> {
                String column = "(" + json + "->>'" + field.key() + "')::date";
                Token value = c.values().get(0);
                if (value.kind() != Token.Kind.DATE) {
                    throw new QuerySyntaxException(value.position(), "custom." + key + " is a date", "a date like 2026-01-31");
                }
                yield column + " " + sqlOp(c.op()) + " " + param(LocalDate.parse(value.text()));
            }
            case "boolean" -> json + " @> jsonb_build_object('" + field.key() + "', " + param(Boolean.parseBoolean(c.values().get(0).text())) + "::boolean)";
            case "multiselect" -> {
                String any = c.values().stream().map(v -> json + " @> jsonb_build_object('" + field.key() + "', jsonb_build_array("
                        + param(option(field, v)) + "::text))").collect(Collectors.joining(" or ", "(", ")"));
                yield c.op().equals("!=") ? "not " + any : any;
            }
            default -> {
                if (field.type().equals("select")) {
                    c.values().forEach(v -> option(field, v));
                }
                if (c.op().equals("=")) {
                    yield json + " @> jsonb_build_object('" + field.key() + "', " + param(c.values().get(0).text()) + "::text)";
                }
                yield text(c, "(" + json + "->>'" + field.key() + "')");
            }
        };
    }

    static Optional<CustomField> find(List<CustomField> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static String option(CustomField field, Token value) {
        if (!field.options().contains(value.text())) {
            throw new QuerySyntaxException(value.position(), "'" + value.text() + "' is not an option of custom." + field.key(),
                    "one of " + field.options().stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", ")));
        }
        return value.text();
    }

    static BigDecimal number(Token value) {
        try {
            return new BigDecimal(value.text());
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(value.position(), "'" + value.text() + "' is not a number", "a number");
        }
    }

    static String sqlOp(String op) {
        return op.equals("!=") ? "<>" : op;
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static QuerySyntaxException unsupported(Query.Condition c, String allowed) {
        return new QuerySyntaxException(c.field().position(), "'" + c.op() + "' does not apply to " + c.field().text(), allowed);
    }

    String param(Object value) {
        String name = "v" + params.size();
        params.put(name, value);
        return ":" + name;
    }
}
