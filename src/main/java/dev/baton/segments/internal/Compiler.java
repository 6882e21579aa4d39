package dev.baton.segments.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.contacts.CustomField;
import dev.baton.contacts.LifecycleStage;
import dev.baton.segments.QuerySyntaxException;

/**
 * Turns a parsed query into a SQL condition on {@code people p}. Every value becomes a bind
 * parameter; only field names the compiler knows shape the SQL text.
 */
final class Compiler {

    /** A SQL condition and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    /** What a compilation needs to know about the workspace and the caller. */
    record Context(List<LifecycleStage> stages, List<CustomField> personFields, List<CustomField> organisationFields,
            UUID me, Function<String, Optional<UUID>> userByEmail, Function<String, Optional<String>> savedSearch,
            Instant now) {
    }

    static final String FIELDS = "lifecycle, tag, owner, source, consent, name, email, city, country, created, "
            + "organisation, organisation.type, custom.<field>, organisation.custom.<field>, activity(…), segment \"…\"";
    private static final Set<String> ORDERED = Set.of("<", "<=", ">", ">=");

    private final Context context;
    private final Map<String, Object> params = new HashMap<>();
    private final List<String> using = new ArrayList<>();

    private Compiler(Context context) {
        this.context = context;
    }

    static Sql compile(Query query, Context context) {
        Compiler compiler = new Compiler(context);
        return new Sql(compiler.sql(query), compiler.params);
    }

    private String sql(Query query) {
        return switch (query) {
            case Query.And and -> and.parts().stream().map(this::sql).collect(Collectors.joining(" and ", "(", ")"));
            case Query.Or or -> or.parts().stream().map(this::sql).collect(Collectors.joining(" or ", "(", ")"));
            case Query.Not not -> "not " + sql(not.query());
            case Query.Condition c -> condition(c);
            case Query.ActivityCount a -> activity(a);
            case Query.SavedSearch s -> saved(s);
        };
    }

    private String condition(Query.Condition c) {
        String field = c.field().text().toLowerCase();
        return switch (field) {
            case "lifecycle", "stage" -> lifecycle(c);
            case "tag" -> tag(c);
            case "owner" -> owner(c);
            case "source" -> simple(c, "p.source");
            case "consent" -> simple(c, "p.email_consent");
            case "name" -> text(c, "(p.first_name || ' ' || p.last_name)");
            case "email" -> "exists (select 1 from person_emails e where e.person_id = p.id and " + text(c, "e.address") + ")";
            case "city" -> text(c, "(p.address->>'city')");
            case "country" -> text(c, "(p.address->>'country')");
            case "created" -> date(c, "p.created_at");
            case "organisation", "organisation.name" -> employer(text(c, "o.name"));
            case "organisation.type" -> employer(simple(c, "o.type"));
            default -> {
                if (field.startsWith("organisation.custom.")) {
                    yield employer(custom(c, field.substring("organisation.custom.".length()), "o", context.organisationFields()));
                }
                if (field.startsWith("custom.")) {
                    String key = field.substring("custom.".length());
                    if (find(context.personFields(), key).isPresent() || find(context.organisationFields(), key).isEmpty()) {
                        yield custom(c, key, "p", context.personFields());
                    }
                    yield employer(custom(c, key, "o", context.organisationFields()));
                }
                throw new QuerySyntaxException(c.field().position(), "Unknown field '" + c.field().text() + "'", "one of " + FIELDS);
            }
        };
    }

    private String lifecycle(Query.Condition c) {
        List<String> keys = context.stages().stream().map(LifecycleStage::key).toList();
        for (Token value : c.values()) {
            if (!keys.contains(value.text())) {
                throw new QuerySyntaxException(value.position(), "Unknown lifecycle stage '" + value.text() + "'", "one of " + String.join(", ", keys));
            }
        }
        if (ORDERED.contains(c.op())) {
            String position = "(select s.position from lifecycle_stages s where s.key = p.lifecycle_stage)";
            return position + " " + c.op() + " (select s.position from lifecycle_stages s where s.key = " + param(c.values().get(0).text()) + ")";
        }
        return simple(c, "p.lifecycle_stage");
    }

    private String tag(Query.Condition c) {
        String match = switch (c.op()) {
            case "=", "!=" -> "lower(t.name) = lower(" + param(c.values().get(0).text()) + ")";
            case "in" -> "lower(t.name) = any(" + param(c.values().stream().map(v -> v.text().toLowerCase()).toArray(String[]::new)) + ")";
            case "contains" -> "t.name ilike " + param("%" + like(c.values().get(0).text()) + "%");
            default -> throw unsupported(c, "=, !=, in, contains");
        };
        String exists = "exists (select 1 from person_tags pt join tags t on t.id = pt.tag_id where pt.person_id = p.id and " + match + ")";
        return c.op().equals("!=") ? "not " + exists : exists;
    }

    private String owner(Query.Condition c) {
        List<UUID> owners = new ArrayList<>();
        for (Token value : c.values()) {
            if (value.is("me")) {
                owners.add(context.me());
            } else if (value.is("nobody")) {
                owners.add(null);
            } else {
                owners.add(context.userByEmail().apply(value.text()).orElseThrow(() -> new QuerySyntaxException(value.position(),
                        "No user with the email '" + value.text() + "'", "me, nobody or a user's email")));
            }
        }
        if (owners.contains(null)) {
            return c.op().equals("!=") ? "p.owner_id is not null" : "p.owner_id is null";
        }
        return switch (c.op()) {
            case "=" -> "p.owner_id = " + param(owners.get(0));
            case "!=" -> "p.owner_id is distinct from " + param(owners.get(0));
            case "in" -> "p.owner_id = any(" + param(owners.toArray(UUID[]::new)) + ")";
            default -> throw unsupported(c, "=, !=, in");
        };
    }

    private String simple(Query.Condition c, String column) {
        return switch (c.op()) {
            case "=" -> column + " = " + param(c.values().get(0).text());
            case "!=" -> column + " is distinct from " + param(c.values().get(0).text());
            case "in" -> column + " = any(" + param(c.values().stream().map(Token::text).toArray(String[]::new)) + ")";
            default -> throw unsupported(c, "=, !=, in");
        };
    }

    private String text(Query.Condition c, String column) {
        return switch (c.op()) {
            case "=" -> "lower(" + column + ") = lower(" + param(c.values().get(0).text()) + ")";
            case "!=" -> "lower(" + column + ") is distinct from lower(" + param(c.values().get(0).text()) + ")";
            case "in" -> "lower(" + column + ") = any(" + param(c.values().stream().map(v -> v.text().toLowerCase()).toArray(String[]::new)) + ")";
            case "contains" -> column + " ilike " + param("%" + like(c.values().get(0).text()) + "%");
            default -> throw unsupported(c, "=, !=, in, contains");
        };
    }

    private String date(Query.Condition c, String column) {
        Token value = c.values().get(0);
        if (value.kind() != Token.Kind.DATE || c.op().equals("in") || c.op().equals("contains")) {
            throw new QuerySyntaxException(value.position(), "'" + c.field().text() + "' compares with a date", "a date like 2026-01-31 and =, <, <=, >, >=");
        }
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

    private String custom(Query.Condition c, String key, String alias, List<CustomField> fields) {
        CustomField field = find(fields, key).orElseThrow(() -> new QuerySyntaxException(c.field().position(),
                "Unknown custom field '" + key + "'", fields.isEmpty() ? "a defined custom field"
                        : "one of " + fields.stream().map(f -> "custom." + f.key()).collect(Collectors.joining(", "))));
        String json = alias + ".custom";
        return switch (field.type()) {
            case "number" -> {
                if (c.op().equals("contains")) {
                    throw unsupported(c, "=, !=, <, <=, >, >=, in");
                }
                List<BigDecimal> numbers = c.values().stream().map(v -> number(v)).toList();
                String column = "(" + json + "->>'" + field.key() + "')::numeric";
                yield c.op().equals("in") ? column + " = any(" + param(numbers.toArray(BigDecimal[]::new)) + ")"
                        : column + " " + sqlOp(c.op()) + " " + param(numbers.get(0));
            }
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

    private String activity(Query.ActivityCount a) {
        String[] type = a.type().text().toLowerCase().split("\\.", 2);
        Set<String> types = Set.of("email", "call", "meeting", "note", "form", "web_visit", "order", "invoice", "case", "task",
                "stage_change", "tag_change", "field_change", "consent_change");
        if (!types.contains(type[0])) {
            throw new QuerySyntaxException(a.type().position(), "Unknown activity type '" + type[0] + "'", "one of " + String.join(", ", types.stream().sorted().toList()));
        }
        long count = number(a.count()).longValue();
        StringBuilder match = new StringBuilder("a.person_id = p.id and a.type = " + param(type[0]));
        if (type.length > 1) {
            match.append(" and a.data @> jsonb_build_object(").append(param(type[1])).append("::text, true)");
        }
        if (a.days() > 0) {
            match.append(" and a.occurred_at >= ").append(param(Timestamp.from(context.now().minusSeconds(a.days() * 86_400L))));
        }
        boolean atLeast = (a.op().equals(">=") && count > 0) || (a.op().equals(">") && count >= 0);
        if (atLeast && a.days() > 0) {
            long needed = a.op().equals(">") ? count + 1 : count;
            // with a window, find the people once from the recent partitions instead of asking per person
            return "p.id in (select a.person_id from activities a where " + match.toString().replace("a.person_id = p.id and ", "")
                    + " and a.person_id is not null group by a.person_id having count(*) >= " + param(needed) + ")";
        }
        if (atLeast) {
            long needed = a.op().equals(">") ? count + 1 : count;
            // stop counting once enough are found: a person with 1,000 entries costs no more than one with 2
            return "(select count(*) from (select 1 from activities a where " + match + " limit " + param(needed) + ") x) >= " + param(needed);
        }
        return "(select count(*) from activities a where " + match + ") " + sqlOp(a.op()) + " " + param(count);
    }

    private String saved(Query.SavedSearch s) {
        String name = s.name().text();
        if (using.contains(name.toLowerCase())) {
            throw new QuerySyntaxException(s.name().position(), "The saved search '" + name + "' uses itself", "a search that does not refer back to itself");
        }
        String text = context.savedSearch().apply(name).orElseThrow(() -> new QuerySyntaxException(s.name().position(),
                "No saved search named '" + name + "'", "the name of a saved search"));
        using.add(name.toLowerCase());
        try {
            return "(" + sql(Parser.parse(text)) + ")";
        } catch (QuerySyntaxException e) {
            if (e.getMessage().contains("uses itself")) {
                throw new QuerySyntaxException(s.name().position(), e.getMessage().replaceAll(" at position \\d+.*", ""), e.expected());
            }
            throw new QuerySyntaxException(s.name().position(), "The saved search '" + name + "' no longer reads: " + e.getMessage(), null);
        } finally {
            using.remove(name.toLowerCase());
        }
    }

    private static String employer(String condition) {
        return "exists (select 1 from employments em join organisations o on o.id = em.organisation_id where em.person_id = p.id and "
                + condition + ")";
    }

    private static Optional<CustomField> find(List<CustomField> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static String option(CustomField field, Token value) {
        if (!field.options().contains(value.text())) {
            throw new QuerySyntaxException(value.position(), "'" + value.text() + "' is not an option of custom." + field.key(),
                    "one of " + field.options().stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", ")));
        }
        return value.text();
    }

    private static BigDecimal number(Token value) {
        try {
            return new BigDecimal(value.text());
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(value.position(), "'" + value.text() + "' is not a number", "a number");
        }
    }

    private static String sqlOp(String op) {
        return op.equals("!=") ? "<>" : op;
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QuerySyntaxException unsupported(Query.Condition c, String allowed) {
        return new QuerySyntaxException(c.field().position(), "'" + c.op() + "' does not apply to " + c.field().text(), allowed);
    }

    private String param(Object value) {
        String name = "v" + params.size();
        params.put(name, value);
        return ":" + name;
    }
}
