package dev.baton.segments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.baton.contacts.CustomField;
import dev.baton.contacts.LifecycleStage;
import dev.baton.segments.QuerySyntaxException;
import dev.baton.segments.SearchObject;

/**
 * Turns a parsed query into a SQL condition on {@code people p}, {@code organisations o} or
 * {@code deals d}. Every value becomes a bind parameter; only field names the compiler knows
 * shape the SQL text.
 */
final class Compiler {

    /** A SQL condition and its parameters. */
    record Sql(String where, Map<String, Object> params) {
    }

    /** What a compilation needs to know: what it selects, who asks, when, and the workspace. */
    record Context(SearchObject object, UUID me, Instant now, Workspace workspace) {
    }

    /** The parts of the workspace a query may name; read only when a query names them. */
    interface Workspace {

        List<LifecycleStage> lifecycleStages();

        /** The custom fields of person, organisation or deal. */
        List<CustomField> customFields(String object);

        /** Pipeline names in their order. */
        List<String> pipelines();

        /** The stage keys of every pipeline, in pipeline and stage order, each once. */
        List<String> dealStages();

        Optional<UUID> user(String email);

        Optional<SavedQuery> savedSearch(String name);

        /** A glossary term's criterion over people, if the term exists and has one. */
        Optional<String> termCriterion(String term);
    }

    /** A saved search's text and what it selects. */
    record SavedQuery(String query, SearchObject object) {
    }

    static final String PERSON_FIELDS = "lifecycle, tag, owner, source, consent, name, email, city, country, created, "
            + "organisation, organisation.type, custom.<field>, organisation.custom.<field>, activity(…), segment \"…\", term \"…\"";
    static final String ORGANISATION_FIELDS = "name, type, tag, owner, domain, city, country, created, people, "
            + "custom.<field>, person.<field>, deal.<field>, activity(…), segment \"…\"";
    static final String DEAL_FIELDS = "name, pipeline, stage, status, amount, currency, close, owner, created, organisation, "
            + "organisation.<field>, person.<field>, custom.<field>, segment \"…\"";
    static final List<String> ORGANISATION_TYPES = List.of("prospect", "customer", "channel_partner", "systems_integrator", "supplier");
    static final List<String> DEAL_STATUSES = List.of("open", "won", "lost");
    private static final Set<String> ORDERED = Set.of("<", "<=", ">", ">=");
    private static final Set<String> ACTIVITY_TYPES = Set.of("email", "call", "meeting", "note", "form", "web_visit", "order",
            "invoice", "case", "task", "stage_change", "tag_change", "field_change", "consent_change");

    private final Context context;
    private final Workspace workspace;
    private final Comparisons compare = new Comparisons();
    private final List<String> using = new ArrayList<>();

    private Compiler(Context context) {
        this.context = context;
        this.workspace = context.workspace();
    }

    static Sql compile(Query query, Context context) {
        Compiler compiler = new Compiler(context);
        return new Sql(compiler.sql(query), compiler.compare.params());
    }

    private String sql(Query query) {
        return switch (query) {
            case Query.And and -> and.parts().stream().map(this::sql).collect(Collectors.joining(" and ", "(", ")"));
            case Query.Or or -> or.parts().stream().map(this::sql).collect(Collectors.joining(" or ", "(", ")"));
            case Query.Not not -> "not " + sql(not.query());
            case Query.Condition c -> switch (context.object()) {
                case PERSON -> person(c);
                case ORGANISATION -> organisation(c);
                case DEAL -> deal(c);
            };
            case Query.ActivityCount a -> activity(a);
            case Query.SavedSearch s -> saved(s);
            case Query.Term t -> term(t);
        };
    }

    private String person(Query.Condition c) {
        String field = c.field().text().toLowerCase();
        return switch (field) {
            case "lifecycle", "stage" -> lifecycle(c);
            case "tag" -> compare.tagged(c, "person_tags", "person_id", "p.id");
            case "owner" -> owner(c, "p.owner_id");
            case "source" -> compare.simple(c, "p.source");
            case "consent" -> compare.simple(c, "p.email_consent");
            case "name" -> compare.text(c, "(p.first_name || ' ' || p.last_name)");
            case "email" -> "exists (select 1 from person_emails e where e.person_id = p.id and " + compare.text(c, "e.address") + ")";
            case "city" -> compare.text(c, "(p.address->>'city')");
            case "country" -> compare.text(c, "(p.address->>'country')");
            case "created" -> compare.date(c, "p.created_at");
            case "organisation", "organisation.name" -> employer(compare.text(c, "o.name"));
            case "organisation.type" -> employer(compare.simple(c, "o.type"));
            default -> {
                List<CustomField> organisationFields = workspace.customFields("organisation");
                if (field.startsWith("organisation.custom.")) {
                    yield employer(compare.custom(c, field.substring("organisation.custom.".length()), "o", organisationFields));
                }
                if (field.startsWith("custom.")) {
                    String key = field.substring("custom.".length());
                    List<CustomField> personFields = workspace.customFields("person");
                    if (Comparisons.find(personFields, key).isPresent() || Comparisons.find(organisationFields, key).isEmpty()) {
                        yield compare.custom(c, key, "p", personFields);
                    }
                    yield employer(compare.custom(c, key, "o", organisationFields));
                }
                throw unknown(c, PERSON_FIELDS);
            }
        };
    }

    private String organisation(Query.Condition c) {
        String field = c.field().text().toLowerCase();
        return switch (field) {
            case "name" -> compare.text(c, "o.name");
            case "type" -> compare.choice(c, "o.type", ORGANISATION_TYPES);
            case "tag" -> compare.tagged(c, "organisation_tags", "organisation_id", "o.id");
            case "owner" -> owner(c, "o.owner_id");
            case "domain" -> compare.text(c, "o.domain");
            case "city" -> compare.text(c, "(o.address->>'city')");
            case "country" -> compare.text(c, "(o.address->>'country')");
            case "created" -> compare.date(c, "o.created_at");
            case "people" -> compare.number(c, "(select count(*) from employments em where em.organisation_id = o.id)");
            default -> {
                if (field.startsWith("custom.")) {
                    yield compare.custom(c, field.substring("custom.".length()), "o", workspace.customFields("organisation"));
                }
                if (field.startsWith("person.")) {
                    yield "exists (select 1 from employments em join people p on p.id = em.person_id where em.organisation_id = o.id and "
                            + person(inner(c, "person.")) + ")";
                }
                if (field.startsWith("deal.")) {
                    yield "exists (select 1 from deals d where d.organisation_id = o.id and " + deal(inner(c, "deal.")) + ")";
                }
                throw unknown(c, ORGANISATION_FIELDS);
            }
        };
    }

    private String deal(Query.Condition c) {
        String field = c.field().text().toLowerCase();
        return switch (field) {
            case "name", "title" -> compare.text(c, "d.name");
            case "pipeline" -> pipeline(c);
            case "stage" -> dealStage(c);
            case "status" -> compare.choice(c, "d.status", DEAL_STATUSES);
            case "amount" -> compare.number(c, "d.amount");
            case "currency" -> compare.text(c, "d.currency");
            case "close" -> compare.day(c, "d.expected_close");
            case "owner" -> owner(c, "d.owner_id");
            case "created" -> compare.date(c, "d.created_at");
            case "organisation" -> "exists (select 1 from organisations o where o.id = d.organisation_id and "
                    + organisation(renamed(c, "name")) + ")";
            default -> {
                if (field.startsWith("custom.")) {
                    yield compare.custom(c, field.substring("custom.".length()), "d", workspace.customFields("deal"));
                }
                if (field.startsWith("organisation.")) {
                    yield "exists (select 1 from organisations o where o.id = d.organisation_id and "
                            + organisation(inner(c, "organisation.")) + ")";
                }
                if (field.startsWith("person.")) {
                    yield "exists (select 1 from deal_people dp join people p on p.id = dp.person_id where dp.deal_id = d.id and "
                            + person(inner(c, "person.")) + ")";
                }
                throw unknown(c, DEAL_FIELDS);
            }
        };
    }

    private String lifecycle(Query.Condition c) {
        List<String> keys = workspace.lifecycleStages().stream().map(LifecycleStage::key).toList();
        for (Token value : c.values()) {
            if (!keys.contains(value.text())) {
                throw new QuerySyntaxException(value.position(), "Unknown lifecycle stage '" + value.text() + "'", "one of " + String.join(", ", keys));
            }
        }
        if (ORDERED.contains(c.op())) {
            String position = "(select s.position from lifecycle_stages s where s.key = p.lifecycle_stage)";
            return position + " " + c.op() + " (select s.position from lifecycle_stages s where s.key = " + compare.param(c.values().get(0).text()) + ")";
        }
        return compare.simple(c, "p.lifecycle_stage");
    }

    private String pipeline(Query.Condition c) {
        if (!c.op().equals("contains")) {
            List<String> names = workspace.pipelines();
            for (Token value : c.values()) {
                if (names.stream().noneMatch(n -> n.equalsIgnoreCase(value.text()))) {
                    throw new QuerySyntaxException(value.position(), "No pipeline named '" + value.text() + "'",
                            "one of " + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")));
                }
            }
        }
        return compare.text(c, "(select pl.name from pipelines pl where pl.id = d.pipeline_id)");
    }

    /** A stage key; an ordered comparison follows the stage order of the deal's own pipeline. */
    private String dealStage(Query.Condition c) {
        List<String> keys = workspace.dealStages();
        for (Token value : c.values()) {
            if (!keys.contains(value.text())) {
                throw new QuerySyntaxException(value.position(), "Unknown deal stage '" + value.text() + "'", "one of " + String.join(", ", keys));
            }
        }
        if (ORDERED.contains(c.op())) {
            return "(select s.position from pipeline_stages s where s.id = d.stage_id) " + c.op()
                    + " (select s.position from pipeline_stages s where s.pipeline_id = d.pipeline_id and s.key = "
                    + compare.param(c.values().get(0).text()) + ")";
        }
        return compare.simple(c, "(select s.key from pipeline_stages s where s.id = d.stage_id)");
    }

    private String owner(Query.Condition c, String column) {
        return compare.owner(c, column, context.me(), workspace::user);
    }

    private String activity(Query.ActivityCount a) {
        String owner = switch (context.object()) {
            case PERSON -> "person_id";
            case ORGANISATION -> "organisation_id";
            case DEAL -> throw new QuerySyntaxException(a.type().position(),
                    "activity(…) counts the timeline of people and organisations, not of deals", "a deal field such as stage or amount");
        };
        String id = context.object() == SearchObject.PERSON ? "p.id" : "o.id";
        String[] type = a.type().text().toLowerCase().split("\\.", 2);
        if (!ACTIVITY_TYPES.contains(type[0])) {
            throw new QuerySyntaxException(a.type().position(), "Unknown activity type '" + type[0] + "'", "one of " + String.join(", ", ACTIVITY_TYPES.stream().sorted().toList()));
        }
        long count = Comparisons.number(a.count()).longValue();
        StringBuilder match = new StringBuilder("a.type = " + compare.param(type[0]));
        if (type.length > 1) {
            match.append(" and a.data @> jsonb_build_object(").append(compare.param(type[1])).append("::text, true)");
        }
        if (a.days() > 0) {
            match.append(" and a.occurred_at >= ").append(compare.param(Timestamp.from(context.now().minusSeconds(a.days() * 86_400L))));
        }
        boolean atLeast = (a.op().equals(">=") && count > 0) || (a.op().equals(">") && count >= 0);
        long needed = a.op().equals(">") ? count + 1 : count;
        if (atLeast && a.days() > 0) {
            // with a window, find the matches once from the recent partitions instead of asking per row
            return id + " in (select a." + owner + " from activities a where " + match + " and a." + owner
                    + " is not null group by a." + owner + " having count(*) >= " + compare.param(needed) + ")";
        }
        String mine = "a." + owner + " = " + id + " and " + match;
        if (atLeast) {
            // stop counting once enough are found: a row with 1,000 entries costs no more than one with 2
            return "(select count(*) from (select 1 from activities a where " + mine + " limit " + compare.param(needed) + ") x) >= "
                    + compare.param(needed);
        }
        return "(select count(*) from activities a where " + mine + ") " + Comparisons.sqlOp(a.op()) + " " + compare.param(count);
    }

    private String saved(Query.SavedSearch s) {
        String name = s.name().text();
        if (using.contains(name.toLowerCase())) {
            throw new QuerySyntaxException(s.name().position(), "The saved search '" + name + "' uses itself", "a search that does not refer back to itself");
        }
        SavedQuery saved = workspace.savedSearch(name).orElseThrow(() -> new QuerySyntaxException(s.name().position(),
                "No saved search named '" + name + "'", "the name of a saved search"));
        if (saved.object() != context.object()) {
            throw new QuerySyntaxException(s.name().position(), "The saved search '" + name + "' selects " + saved.object().plural()
                    + ", not " + context.object().plural(), "a saved search over " + context.object().plural());
        }
        using.add(name.toLowerCase());
        try {
            return "(" + sql(Parser.parse(saved.query())) + ")";
        } catch (QuerySyntaxException e) {
            if (e.getMessage().contains("uses itself")) {
                throw new QuerySyntaxException(s.name().position(), e.getMessage().replaceAll(" at position \\d+.*", ""), e.expected());
            }
            throw new QuerySyntaxException(s.name().position(), "The saved search '" + name + "' no longer reads: " + e.getMessage(), null);
        } finally {
            using.remove(name.toLowerCase());
        }
    }

    private String term(Query.Term t) {
        String key = t.key().text();
        if (context.object() != SearchObject.PERSON) {
            throw new QuerySyntaxException(t.key().position(), "A glossary term describes people, not " + context.object().plural(),
                    "a condition on " + context.object().plural());
        }
        if (using.contains("term:" + key.toLowerCase())) {
            throw new QuerySyntaxException(t.key().position(), "The glossary term '" + key + "' uses itself",
                    "a criterion that does not refer back to itself");
        }
        String criterion = workspace.termCriterion(key).orElseThrow(() -> new QuerySyntaxException(t.key().position(),
                "No glossary term '" + key + "' with a criterion", "the key of a glossary term that has a criterion"));
        using.add("term:" + key.toLowerCase());
        try {
            return "(" + sql(Parser.parse(criterion)) + ")";
        } catch (QuerySyntaxException e) {
            if (e.getMessage().contains("uses itself")) {
                throw new QuerySyntaxException(t.key().position(), e.getMessage().replaceAll(" at position \\d+.*", ""), e.expected());
            }
            throw new QuerySyntaxException(t.key().position(), "The criterion of the glossary term '" + key + "' no longer reads: "
                    + e.getMessage(), null);
        } finally {
            using.remove("term:" + key.toLowerCase());
        }
    }

    private static String employer(String condition) {
        return "exists (select 1 from employments em join organisations o on o.id = em.organisation_id where em.person_id = p.id and "
                + condition + ")";
    }

    /** The condition on a related object: {@code person.lifecycle} becomes {@code lifecycle}, keeping its position. */
    private static Query.Condition inner(Query.Condition c, String prefix) {
        Token field = c.field();
        return renamed(c, field.text().substring(prefix.length()), field.position() + prefix.length());
    }

    private static Query.Condition renamed(Query.Condition c, String field) {
        return renamed(c, field, c.field().position());
    }

    private static Query.Condition renamed(Query.Condition c, String field, int position) {
        return new Query.Condition(new Token(Token.Kind.WORD, field, position), c.op(), c.values());
    }

    private static QuerySyntaxException unknown(Query.Condition c, String fields) {
        return new QuerySyntaxException(c.field().position(), "Unknown field '" + c.field().text() + "'", "one of " + fields);
    }
}
