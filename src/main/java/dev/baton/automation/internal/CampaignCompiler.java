package dev.baton.automation.internal;

import dev.baton.automation.JourneyPlan;
import dev.baton.platform.api.FieldProblem;
import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a published {@code campaign} document into a journey plan: the first trigger enrolls, later
 * triggers are goals reached by their event and value, actions and role tasks become steps, a gate becomes a chain of decisions on
 * its branches' terms or queries. What a campaign cannot do is listed, step by step.
 */
final class CampaignCompiler {

    /** The journey plan, or what keeps the document from running as a campaign. */
    record Compiled(JourneyPlan plan, List<FieldProblem> problems) {
    }

    private static final Set<String> TRIGGERS = new java.util.LinkedHashSet<>(List.of("form_submitted", "tag_applied", "tag_removed",
            "stage_changed", "field_changed", "deal_stage_changed", "task_completed", "date_reached", "entered_search"));

    private CampaignCompiler() {
    }

    static Compiled compile(ProcessDocument document) {
        List<FieldProblem> problems = new ArrayList<>();
        List<JourneyPlan.Trigger> triggers = new ArrayList<>();
        List<JourneyPlan.Node> nodes = new ArrayList<>();
        boolean started = false;
        for (int i = 0; i < document.steps().size(); i++) {
            Step step = document.steps().get(i);
            String at = "steps[" + i + "]";
            if (Step.TRIGGER.equals(step.type()) && !started) {
                started = true;
                if (!TRIGGERS.contains(step.event())) {
                    problems.add(new FieldProblem(at + ".event", step.event(), "a campaign starts on " + String.join(", ", TRIGGERS)));
                } else {
                    triggers.add(new JourneyPlan.Trigger(step.event(), step.value(), step.with()));
                }
                continue;
            }
            List<JourneyPlan.Node> made = nodes(step, at, problems);
            String next = step.next();
            for (int n = 0; n < made.size(); n++) {
                JourneyPlan.Node node = made.get(n);
                nodes.add(n == made.size() - 1 && next != null && node.next() == null ? node.withNext(next) : node);
            }
        }
        return new Compiled(new JourneyPlan(triggers, nodes), problems);
    }

    /** Whether people may enter the campaign again: the first trigger's {@code with.reentry} ("yes" or "no", no by default). */
    static boolean reentry(ProcessDocument document) {
        return document.steps().stream().filter(s -> Step.TRIGGER.equals(s.type())).findFirst()
                .map(s -> "yes".equalsIgnoreCase(s.with().getOrDefault("reentry", "no").trim())).orElse(false);
    }

    private static List<JourneyPlan.Node> nodes(Step step, String at, List<FieldProblem> problems) {
        String key = step.key();
        return switch (step.type() == null ? "" : step.type()) {
            case Step.TRIGGER -> List.of(JourneyPlan.Node.goalOn(key, step.value() == null ? key : step.value(),
                    step.event() == null ? "goal" : step.event(), step.value(), step.with()));
            case Step.TASK -> List.of(JourneyPlan.Node.task(key, step.name(), step.lane(), step.sla()));
            case Step.WAIT -> {
                if (step.duration() == null && step.until() != null) {
                    yield waitUntil(step, at, problems);
                }
                yield List.of(JourneyPlan.Node.waitFor(key, step.duration()));
            }
            case Step.ACTION -> action(step, at, problems);
            case Step.GATE -> gate(step, at, problems);
            case Step.EXIT -> List.of(JourneyPlan.Node.exit(key, step.outcome()));
            default -> {
                problems.add(new FieldProblem(at + ".type", step.type(), "a campaign step is a trigger (a goal), task, action, wait, "
                        + "gate or exit; run " + step.type() + " steps as a workflow"));
                yield List.of();
            }
        };
    }

    private static List<JourneyPlan.Node> action(Step step, String at, List<FieldProblem> problems) {
        String key = step.key();
        var with = step.with();
        return switch (step.action() == null ? "" : step.action()) {
            case "email" -> List.of(JourneyPlan.Node.email(key, with.get("template")));
            case "tag" -> List.of(JourneyPlan.Node.tag(key, with.get("tag")));
            case "untag" -> List.of(JourneyPlan.Node.untag(key, with.get("tag")));
            case "stage" -> List.of(JourneyPlan.Node.stage(key, with.get("stage")));
            case "assign_owner" -> List.of(JourneyPlan.Node.assignOwner(key, with.get("role")));
            case "create_task" -> List.of(JourneyPlan.Node.task(key, with.getOrDefault("title", step.name()), with.get("role"),
                    with.getOrDefault("sla", step.sla())));
            case "notify" -> {
                Map<String, String> settings = new LinkedHashMap<>(with);
                if (settings.get("message") == null || settings.get("message").isBlank()) {
                    settings.put("message", step.name() == null ? key : step.name());
                }
                if ((settings.get("role") == null || settings.get("role").isBlank())
                        && (settings.get("user") == null || settings.get("user").isBlank())) {
                    settings.put("role", "owner");
                }
                yield List.of(JourneyPlan.Node.action(key, "notify", settings));
            }
            case "set_field" -> {
                String field = with.get("field");
                if (field != null && !field.startsWith("person.")) {
                    problems.add(new FieldProblem(at + ".with.field", field, "a campaign sets fields of its people (person.…); "
                            + "set deal or organisation fields in a workflow"));
                }
                yield List.of(JourneyPlan.Node.action(key, "set_field", with));
            }
            case "create_deal", "start_process" -> List.of(JourneyPlan.Node.action(key, step.action(), with));
            case "webhook" -> List.of(JourneyPlan.Node.action(key, "webhook", with));
            default -> {
                problems.add(new FieldProblem(at + ".action", step.action(), "campaigns run email, tag, untag, stage, assign_owner, "
                        + "create_task, notify, set_field, create_deal, start_process and webhook"));
                yield List.of();
            }
        };
    }

    /** A wait until a time of day, business hours or a person's date field (a campaign has people, not deals). */
    private static List<JourneyPlan.Node> waitUntil(Step step, String at, List<FieldProblem> problems) {
        try {
            WaitUntil until = WaitUntil.parse(step.until());
            if (until.byField() && !until.field().startsWith("person.custom.")) {
                problems.add(new FieldProblem(at + ".until", step.until(), "a campaign waits until a person's date field "
                        + "(person.custom.<key>), a time of day such as 09:00, or business hours"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(at + ".until", step.until(), e.getMessage()));
        }
        return List.of(JourneyPlan.Node.action(step.key(), "wait", Map.of("until", step.until().strip())));
    }

    /** A gate's conditional branches, in order, each a decision whose "otherwise" is the next one; the else branch closes the chain. */
    private static List<JourneyPlan.Node> gate(Step step, String at, List<FieldProblem> problems) {
        List<Branch> conditional = step.branches().stream().filter(b -> !b.otherwise()).toList();
        Branch otherwise = step.branches().stream().filter(Branch::otherwise).findFirst().orElse(null);
        if (conditional.isEmpty() || otherwise == null) {
            problems.add(new FieldProblem(at + ".branches", null, "a campaign gate needs a branch with a condition and an else branch"));
            return List.of();
        }
        List<JourneyPlan.Node> chain = new ArrayList<>();
        for (int i = 0; i < conditional.size(); i++) {
            Branch b = conditional.get(i);
            String query = b.term() != null ? "term \"" + b.term() + "\"" : b.when();
            String key = i == 0 ? step.key() : step.key() + "#" + (i + 1);
            String elseTo = i + 1 < conditional.size() ? step.key() + "#" + (i + 2) : otherwise.to();
            chain.add(JourneyPlan.Node.decide(key, query, b.to(), elseTo));
        }
        return chain;
    }
}
