package dev.baton.automation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the journey runner runs: what starts it ({@code triggers}) and its steps in order, each going
 * on to the next one unless it names another ({@code next}, a step key). A published campaign
 * document compiles to a plan.
 *
 * <p>Triggers: {@code tag_applied} / {@code tag_removed} (value: the tag), {@code form_submitted}
 * (the form's key), {@code stage_changed} (the lifecycle stage entered), {@code field_changed}
 * ({@code person.<field>} or {@code person.custom.<key>}; {@code with.to}), {@code deal_stage_changed}
 * (stage or pipeline/stage), {@code task_completed} (a title fragment, or none), {@code date_reached}
 * (a custom date field; {@code with.offset}, {@code with.at}, {@code with.yearly}) and
 * {@code entered_search} (a saved search's name or id, or a query; {@code with.existing}).
 *
 * <p>Steps:
 * <ul>
 * <li>{@code tag}, {@code untag} — {@code tag}</li>
 * <li>{@code email} — {@code template}: an email template's key</li>
 * <li>{@code wait} — {@code duration}: ISO 8601 (PT0S, PT2H, P3D) or "N business days"; or {@code with.until}: a time of
 * day (09:00), "business hours", or a person's date field (person.custom.&lt;key&gt;)</li>
 * <li>{@code task} — {@code title}, {@code role} (a role's key, or "owner" for the person's owner), {@code sla}: when it is due</li>
 * <li>{@code assign_owner} — {@code role}: people without an owner get one of the role's users, in turn</li>
 * <li>{@code stage} — {@code stage}: a lifecycle stage</li>
 * <li>{@code decide} — {@code query}: a saved-search query; who matches goes on to {@code next}, the others to {@code otherwise}</li>
 * <li>{@code goal} — {@code goal}: the goal's key; a person who reaches it leaves every step before it. Without
 *     {@code with.event} (or with {@code goal}) it is reached through the API ({@code POST /api/v1/goals/{key}});
 *     otherwise by that domain event with {@code with.value} (tag_applied: the tag …; empty: any value;
 *     link_clicked: an email template's key, empty: a link in any email this journey sends); the trigger's settings are kept:
 *     a field_changed goal with {@code with.to} is reached only when the field takes that value, a date_reached goal
 *     ({@code with.offset}, {@code at}, {@code yearly}) when the person's moment comes, an entered_search goal when the
 *     person comes to match the search</li>
 * <li>{@code webhook} — {@code with.url}: an http(s) address; the call goes through the webhook outbox, signed and retried</li>
 * <li>{@code exit} — {@code outcome}: completed, won, lost, disqualified, recycled</li>
 * <li>{@code set_field} — {@code with.field} (person.…), {@code with.value} (empty text clears)</li>
 * <li>{@code notify} — {@code with.role} (or "owner") or {@code with.user} (an email), {@code with.message}</li>
 * <li>{@code create_deal} — {@code with.pipeline}, optional {@code stage}, {@code name}, {@code amount}</li>
 * <li>{@code start_process} — {@code with.process}: a workflow document (a run per person) or a campaign (enrolled)</li>
 * </ul>
 */
public record JourneyPlan(List<Trigger> triggers, List<Node> nodes) {

    public JourneyPlan(List<Node> nodes) {
        this(List.of(), nodes);
    }

    /** What enrolls people: an event of a type with a value (a tag, a form, a stage). */
    public record Trigger(String type, String value, Map<String, String> with) {

        public Trigger {
            with = with == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(with));
        }

        public Trigger(String type, String value) {
            this(type, value, null);
        }
    }

    /** One step of a plan. */
    public record Node(String key, String type, String tag, String template, String duration, String goal, String outcome,
            String next, String title, String role, String sla, String stage, String query, String otherwise, Map<String, String> with) {

        public Node {
            with = with == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(with));
        }

        public Node withNext(String step) {
            return new Node(key, type, tag, template, duration, goal, outcome, step, title, role, sla, stage, query, otherwise, with);
        }

        /** A step whose settings are all in {@code with} (set_field, webhook, notify, create_deal, start_process, …). */
        public static Node action(String key, String type, Map<String, String> with) {
            return new Node(key, type, null, null, null, null, null, null, null, null, null, null, null, null, with);
        }

        public static Node tag(String key, String tag) {
            return new Node(key, "tag", tag, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Node untag(String key, String tag) {
            return new Node(key, "untag", tag, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Node email(String key, String template) {
            return new Node(key, "email", null, template, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Node waitFor(String key, String duration) {
            return new Node(key, "wait", null, null, duration, null, null, null, null, null, null, null, null, null, null);
        }

        public static Node task(String key, String title, String role, String sla) {
            return new Node(key, "task", null, null, null, null, null, null, title, role, sla, null, null, null, null);
        }

        public static Node assignOwner(String key, String role) {
            return new Node(key, "assign_owner", null, null, null, null, null, null, null, role, null, null, null, null, null);
        }

        public static Node stage(String key, String stage) {
            return new Node(key, "stage", null, null, null, null, null, null, null, null, null, stage, null, null, null);
        }

        public static Node decide(String key, String query, String next, String otherwise) {
            return new Node(key, "decide", null, null, null, null, null, next, null, null, null, null, query, otherwise, null);
        }

        public static Node goal(String key, String goal) {
            return new Node(key, "goal", null, null, null, goal, null, null, null, null, null, null, null, null, null);
        }

        /** A goal reached by a domain event ({@code tag_applied}, {@code link_clicked} …) with a value, or any value when it is empty. */
        public static Node goalOn(String key, String goal, String event, String value) {
            return goalOn(key, goal, event, value, Map.of());
        }

        /**
         * The same, with the trigger's own settings kept beside the event and value: a field's target
         * ({@code to}), a date's {@code offset}, {@code at} and {@code yearly}.
         */
        public static Node goalOn(String key, String goal, String event, String value, Map<String, String> settings) {
            Map<String, String> on = new LinkedHashMap<>(settings == null ? Map.of() : settings);
            on.remove("value");
            on.put("event", event);
            if (value != null && !value.isBlank()) {
                on.put("value", value);
            }
            return new Node(key, "goal", null, null, null, goal, null, null, null, null, null, null, null, null, on);
        }

        public static Node exit(String key, String outcome) {
            return new Node(key, "exit", null, null, null, null, outcome, null, null, null, null, null, null, null, null);
        }
    }
}
