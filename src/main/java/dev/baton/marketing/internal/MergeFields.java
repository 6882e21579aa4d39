package dev.baton.marketing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.CustomField;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.identity.User;
import dev.baton.platform.api.FieldProblem;

/**
 * The merge fields a template may use, and their values for one person: the person, their owner
 * (also called sales_rep), their primary organisation, a deal, the sender and the unsubscribe link.
 */
@Component
public class MergeFields {

    static final Map<String, List<String>> FIELDS = Map.of(
            "person", List.of("first_name", "last_name", "full_name", "salutation", "pronouns", "email", "phone", "city",
                    "country", "lifecycle_stage"),
            "owner", List.of("name", "email"),
            "sales_rep", List.of("name", "email"),
            "organisation", List.of("name", "domain", "phone", "city", "country", "type"),
            "deal", List.of("name", "amount", "currency", "stage", "expected_close"),
            "sender", List.of("name", "email"));
    static final Set<String> TOP = Set.of("unsubscribe_url");
    private static final Map<String, String> CUSTOM_OBJECT = Map.of("person", "person", "organisation", "organisation", "deal", "deal");

    private final Contacts contacts;

    MergeFields(Contacts contacts) {
        this.contacts = contacts;
    }

    /** The merge fields by object, for the API and the template editor. */
    public static Map<String, List<String>> catalogue() {
        Map<String, List<String>> all = new java.util.TreeMap<>(FIELDS);
        all.put("(top)", List.copyOf(TOP));
        return all;
    }

    /** Problems with a template part: it does not read, or uses a field Baton does not have. */
    List<FieldProblem> check(String part, String text) {
        MergeTemplate template;
        try {
            template = MergeTemplate.parse(text);
        } catch (MergeTemplate.SyntaxProblem e) {
            return List.of(new FieldProblem(part, null, "line " + e.line() + ", column " + e.column() + ": " + e.getMessage()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Set<String>> custom = new LinkedHashMap<>();
        for (MergeTemplate.FieldUse use : template.fields()) {
            String unknown = unknown(use.path(), custom);
            if (unknown != null) {
                problems.add(new FieldProblem(part, "{{" + use.path() + "}}",
                        "line " + use.line() + ", column " + use.column() + ": " + unknown));
            }
        }
        return problems;
    }

    /** Why a path is not a merge field, or null when it is one. */
    private String unknown(String path, Map<String, Set<String>> custom) {
        if (TOP.contains(path)) {
            return null;
        }
        String[] parts = path.split("\\.");
        List<String> fields = FIELDS.get(parts[0]);
        if (fields == null) {
            return "unknown merge field " + path + "; templates can use person, owner, sales_rep, organisation, deal, sender "
                    + "and unsubscribe_url";
        }
        if (parts.length == 2 && fields.contains(parts[1])) {
            return null;
        }
        String object = CUSTOM_OBJECT.get(parts[0]);
        if (object != null && parts.length == 3 && parts[1].equals("custom")) {
            Set<String> keys = custom.computeIfAbsent(object,
                    o -> contacts.customFields(o).stream().map(CustomField::key).collect(Collectors.toSet()));
            if (keys.contains(parts[2])) {
                return null;
            }
            return "unknown merge field " + path + ": " + object + " has no custom field " + parts[2]
                    + (keys.isEmpty() ? "" : "; its custom fields are " + String.join(", ", keys.stream().sorted().toList()));
        }
        return "unknown merge field " + path + "; " + parts[0] + " has " + String.join(", ", fields)
                + (object == null ? "" : " and custom.<field>");
    }

    /** The values for one email. */
    Map<String, Object> values(Person person, User owner, Organisation organisation, Deal deal, Sender sender, String unsubscribeUrl) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("first_name", person.firstName());
        p.put("last_name", person.lastName());
        p.put("full_name", person.displayName());
        p.put("salutation", person.salutation());
        p.put("pronouns", person.pronouns());
        p.put("email", person.primaryEmail());
        p.put("phone", person.phones().isEmpty() ? null : person.phones().get(0).typed());
        p.put("city", person.address() == null ? null : person.address().city());
        p.put("country", person.address() == null ? null : person.address().country());
        p.put("lifecycle_stage", person.lifecycleStage());
        p.put("custom", person.custom());
        values.put("person", p);
        if (owner != null) {
            Map<String, Object> o = Map.of("name", owner.displayName(), "email", owner.email());
            values.put("owner", o);
            values.put("sales_rep", o);
        }
        if (organisation != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", organisation.name());
            o.put("domain", organisation.domain());
            o.put("phone", organisation.phoneTyped());
            o.put("city", organisation.address() == null ? null : organisation.address().city());
            o.put("country", organisation.address() == null ? null : organisation.address().country());
            o.put("type", organisation.type().replace('_', ' '));
            o.put("custom", organisation.custom());
            values.put("organisation", o);
        }
        if (deal != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", deal.name());
            d.put("amount", deal.amount());
            d.put("currency", deal.currency());
            d.put("stage", deal.stageName());
            d.put("expected_close", deal.expectedClose());
            d.put("custom", deal.custom());
            values.put("deal", d);
        }
        values.put("sender", Map.of("name", sender.name(), "email", sender.email()));
        values.put("unsubscribe_url", unsubscribeUrl);
        return values;
    }

    /** Who emails come from. */
    record Sender(String name, String email) {
    }
}
