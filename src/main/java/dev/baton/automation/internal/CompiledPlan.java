package dev.baton.automation.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.automation.JourneyPlan;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;

/** A plan checked and indexed for the runner: node numbers, where each goes next, waits and SLAs. */
record CompiledPlan(JourneyPlan plan, int[] next, int[] otherwise, Delay[] delays) {

    static final Set<String> TYPES = Set.of("tag", "untag", "email", "wait", "task", "assign_owner", "stage", "decide", "goal", "exit",
            "set_field", "notify", "create_deal", "start_process", "webhook");
    static final Set<String> TRIGGERS = Set.of("tag_applied", "tag_removed", "form_submitted", "stage_changed", "field_changed",
            "deal_stage_changed", "task_completed", "date_reached", "entered_search");
    static final int NONE = -1;

    static CompiledPlan of(JourneyPlan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        List<JourneyPlan.Node> nodes = plan == null || plan.nodes() == null ? List.of() : plan.nodes();
        if (nodes.isEmpty()) {
            throw new InvalidInputException("nodes", null, "a journey needs at least one step");
        }
        if (nodes.size() > Short.MAX_VALUE) {
            throw new InvalidInputException("nodes", String.valueOf(nodes.size()), "too many steps");
        }
        List<JourneyPlan.Trigger> triggers = plan.triggers() == null ? List.of() : plan.triggers();
        for (int i = 0; i < triggers.size(); i++) {
            JourneyPlan.Trigger trigger = triggers.get(i);
            if (!TRIGGERS.contains(String.valueOf(trigger.type()))) {
                problems.add(new FieldProblem("triggers[" + i + "].type", trigger.type(),
                        "must be one of " + String.join(", ", TRIGGERS.stream().sorted().toList())));
            }
            if ((trigger.value() == null || trigger.value().isBlank()) && !"task_completed".equals(trigger.type())) {
                problems.add(new FieldProblem("triggers[" + i + "].value", null, "must name the tag, form, stage, field or saved search"));
            } else if ("date_reached".equals(trigger.type())) {
                DateTrigger.problem("triggers[" + i + "]", trigger).ifPresent(problems::add);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JourneyPlan.Node node = nodes.get(i);
            String where = "nodes[" + i + "]";
            if (node.key() == null || node.key().isBlank()) {
                problems.add(new FieldProblem(where + ".key", null, "must name the step"));
            } else if (index.put(node.key(), i) != null) {
                problems.add(new FieldProblem(where + ".key", node.key(), "is used twice"));
            }
            if (!TYPES.contains(String.valueOf(node.type()))) {
                problems.add(new FieldProblem(where + ".type", node.type(), "must be one of " + String.join(", ", TYPES.stream().sorted().toList())));
                continue;
            }
            switch (node.type()) {
                case "tag", "untag" -> require(problems, where + ".tag", node.tag());
                case "email" -> require(problems, where + ".template", node.template());
                case "goal" -> require(problems, where + ".goal", node.goal());
                case "task" -> {
                    require(problems, where + ".title", node.title());
                    require(problems, where + ".role", node.role());
                }
                case "assign_owner" -> require(problems, where + ".role", node.role());
                case "stage" -> require(problems, where + ".stage", node.stage());
                case "webhook" -> {
                    String url = node.with().get("url");
                    if (!WebhookUrls.valid(url)) {
                        problems.add(new FieldProblem(where + ".with.url", url, WebhookUrls.PROBLEM));
                    }
                }
                case "decide" -> {
                    require(problems, where + ".query", node.query());
                    require(problems, where + ".otherwise", node.otherwise());
                }
                case "set_field" -> {
                    require(problems, where + ".with.field", node.with().get("field"));
                    if (node.with().get("value") == null) {
                        problems.add(new FieldProblem(where + ".with.value", null, "must be given (empty text clears the field)"));
                    }
                }
                case "notify" -> {
                    require(problems, where + ".with.message", node.with().get("message"));
                    if (blank(node.with().get("role")) && blank(node.with().get("user"))) {
                        problems.add(new FieldProblem(where + ".with.role", null, "must name a role (or owner), or a user in with.user"));
                    }
                }
                case "create_deal" -> require(problems, where + ".with.pipeline", node.with().get("pipeline"));
                case "start_process" -> require(problems, where + ".with.process", node.with().get("process"));
                default -> { }
            }
        }
        int[] next = new int[nodes.size()];
        int[] otherwise = new int[nodes.size()];
        Delay[] delays = new Delay[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            JourneyPlan.Node node = nodes.get(i);
            otherwise[i] = NONE;
            if ("exit".equals(node.type())) {
                next[i] = NONE;
            } else if (node.next() != null) {
                next[i] = target(problems, index, "nodes[" + i + "].next", node.next());
            } else if (i + 1 < nodes.size()) {
                next[i] = i + 1;
            } else {
                problems.add(new FieldProblem("nodes[" + i + "]", node.key(), "the last step must be an exit or name its next step"));
                next[i] = NONE;
            }
            if ("decide".equals(node.type()) && node.otherwise() != null) {
                otherwise[i] = target(problems, index, "nodes[" + i + "].otherwise", node.otherwise());
            }
            String delay = "wait".equals(node.type()) ? node.duration() : "task".equals(node.type()) ? node.sla() : null;
            delays[i] = Delay.NONE;
            if ("wait".equals(node.type()) && delay == null && node.with().get("until") != null) {
                try {
                    WaitUntil.parse(node.with().get("until"));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("nodes[" + i + "].with.until", node.with().get("until"), e.getMessage()));
                }
            } else if (delay != null || "wait".equals(node.type())) {
                try {
                    delays[i] = Delay.parse(delay);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("nodes[" + i + ("wait".equals(node.type()) ? "].duration" : "].sla"), delay, e.getMessage()));
                }
            }
        }
        if (!triggers.isEmpty() && "date_reached".equals(triggers.get(0).type()) && delays[0].businessDays() > 0) {
            problems.add(new FieldProblem("nodes[0].duration", nodes.get(0).duration(), "a campaign that starts on a date cannot "
                    + "begin with a wait of business days: say how long before or after the date in the trigger's offset"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CompiledPlan(plan, next, otherwise, delays);
    }

    private static int target(List<FieldProblem> problems, Map<String, Integer> index, String field, String key) {
        Integer target = index.get(key);
        if (target == null) {
            problems.add(new FieldProblem(field, key, "is not a step of this journey"));
            return NONE;
        }
        return target;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, value, "must be given"));
        }
    }

    /** How long someone entering waits before the first step runs (a first wait step's fixed duration), in seconds. */
    long firstWaitSeconds() {
        return "wait".equals(node(0).type()) ? delays[0].fixed().toSeconds() : 0;
    }

    JourneyPlan.Node node(int index) {
        return plan.nodes().get(index);
    }

    int size() {
        return plan.nodes().size();
    }

    /**
     * Whether someone arriving at a node waits before it runs (a wait step with a duration, or until a
     * time of day or business hours). A wait until a person's date runs at once and holds each person
     * there by their own date (see the runner).
     */
    boolean waits(int index) {
        WaitUntil until = until(index);
        return "wait".equals(node(index).type()) && (until != null ? !until.byField() : !delays[index].isZero());
    }

    /** When a node runs for someone arriving at {@code now}: a wait step's end, otherwise now. */
    Instant dueOnArrival(int index, Instant now, ZoneId zone) {
        if (!"wait".equals(node(index).type())) {
            return now;
        }
        WaitUntil until = until(index);
        return until == null ? delays[index].after(now, zone) : until.byField() ? now : until.after(now, zone);
    }

    /** A wait step's until, if it waits until rather than for a while. */
    private WaitUntil until(int index) {
        String until = node(index).with().get("until");
        return until == null || node(index).duration() != null ? null : WaitUntil.parse(until);
    }

    /** A task step's due time for a task made at {@code now}. */
    Instant taskDue(int index, Instant now, ZoneId zone) {
        return delays[index].isZero() ? now : delays[index].after(now, zone);
    }

    /** The node numbers of an API goal (one without an event, or on {@code goal}) in this plan, or empty. */
    List<Integer> goal(String goal) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            String event = node(i).with().getOrDefault("event", "goal");
            if ("goal".equals(node(i).type()) && goal.equals(node(i).goal()) && "goal".equals(event)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * The node numbers of the goals an event reaches: goals on that event with its value (ignoring
     * case), or with no value — which for {@code link_clicked} means a link in an email this plan sends.
     */
    List<Integer> goalsOn(String event, String value) {
        return goalsOn(event, value, null);
    }

    /**
     * The same for a field that changed to {@code to}: a goal with a target ({@code with.to}) is
     * reached only when the field took that value (ignoring case), and never by a change without one.
     */
    List<Integer> goalsOn(String event, String value, String to) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            JourneyPlan.Node node = node(i);
            if (!"goal".equals(node.type()) || !event.equals(node.with().get("event"))) {
                continue;
            }
            String target = node.with().get("to");
            if (target != null && (to == null || !target.strip().equalsIgnoreCase(to.strip()))) {
                continue;
            }
            String wanted = node.with().get("value");
            boolean reached = wanted == null || wanted.isBlank()
                    ? !"link_clicked".equals(event) || sends(value)
                    : wanted.equalsIgnoreCase(value);
            if (reached) {
                found.add(i);
            }
        }
        return found;
    }

    /** Whether an email step of this plan sends the template. */
    private boolean sends(String template) {
        return plan.nodes().stream().anyMatch(n -> "email".equals(n.type()) && n.template() != null && n.template().equals(template));
    }
}
