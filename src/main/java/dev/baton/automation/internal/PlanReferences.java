package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.Contacts;
import dev.baton.identity.Identity;
import dev.baton.marketing.Emails;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.segments.Searches;

/**
 * What a journey plan refers to, checked when it is deployed: templates, roles, users, stages,
 * fields, pipelines and queries must exist and read, and its triggers, and its goals on a date or a
 * saved search, must name what exists ({@link TriggerChecks}). A plan that fails is a 400 listing every step at fault.
 */
@Component
class PlanReferences {

    private final Emails emails;
    private final Identity identity;
    private final Contacts contacts;
    private final Searches searches;
    private final TriggerChecks triggerChecks;

    PlanReferences(Emails emails, Identity identity, Contacts contacts, Searches searches, TriggerChecks triggerChecks) {
        this.emails = emails;
        this.identity = identity;
        this.contacts = contacts;
        this.searches = searches;
        this.triggerChecks = triggerChecks;
    }

    /** Checks what a plan refers to: templates, roles, stages and queries must exist and read. */
    void check(JourneyPlan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> stages = contacts.lifecycleStages().stream().map(s -> s.key()).toList();
        for (int i = 0; i < plan.nodes().size(); i++) {
            JourneyPlan.Node node = plan.nodes().get(i);
            String where = "nodes[" + i + "]";
            switch (node.type()) {
                case "email" -> {
                    if (emails.template(node.template()).isEmpty()) {
                        problems.add(new FieldProblem(where + ".template", node.template(), "is not an email template"));
                    }
                }
                case "task", "assign_owner" -> {
                    boolean owner = "task".equals(node.type()) && "owner".equals(node.role());
                    if (!owner && identity.role(node.role()).isEmpty()) {
                        problems.add(new FieldProblem(where + ".role", node.role(), "is not a role of the org chart"
                                + ("task".equals(node.type()) ? " (or owner)" : "")));
                    }
                }
                case "stage" -> {
                    if (!stages.contains(node.stage())) {
                        problems.add(new FieldProblem(where + ".stage", node.stage(), "is not a lifecycle stage; the stages are "
                                + String.join(", ", stages)));
                    }
                }
                case "decide" -> {
                    try {
                        searches.checkPeopleQuery(node.query());
                    } catch (RuntimeException e) {
                        problems.add(new FieldProblem(where + ".query", node.query(), e.getMessage()));
                    }
                }
                case "set_field" -> {
                    try {
                        contacts.checkField(node.with().get("field"), node.with().get("value"));
                    } catch (InvalidInputException e) {
                        e.problems().forEach(p -> problems.add(new FieldProblem(where + ".with." + ("field".equals(p.field()) ? "field" : "value"),
                                p.value(), p.message())));
                    }
                }
                case "create_deal" -> {
                    String problem = triggerChecks.dealProblem(node.with().get("pipeline"), node.with().get("stage"));
                    if (problem != null) {
                        problems.add(new FieldProblem(where + ".with.pipeline", node.with().get("pipeline"), problem));
                    }
                }
                case "notify" -> {
                    String role = node.with().get("role");
                    String user = node.with().get("user");
                    if (role != null && !role.isBlank() && !"owner".equals(role) && identity.role(role).isEmpty()) {
                        problems.add(new FieldProblem(where + ".with.role", role, "is not a role of the org chart (or owner)"));
                    } else if ((role == null || role.isBlank()) && user != null && identity.userNamed(user).isEmpty()) {
                        problems.add(new FieldProblem(where + ".with.user", user, "is not a user of Baton: name them by email"));
                    }
                }
                case "goal" -> goal(where, node, problems);
                default -> { }
            }
        }
        for (int i = 0; plan.triggers() != null && i < plan.triggers().size(); i++) {
            JourneyPlan.Trigger trigger = plan.triggers().get(i);
            if ("stage_changed".equals(trigger.type()) && !stages.contains(trigger.value())) {
                problems.add(new FieldProblem("triggers[" + i + "].value", trigger.value(), "is not a lifecycle stage"));
            }
            problems.addAll(triggerChecks.check("triggers[" + i + "]", trigger));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A goal on a date or a saved search is read ahead of time: its date field and settings, its search, must be usable. */
    private void goal(String where, JourneyPlan.Node node, List<FieldProblem> problems) {
        String event = node.with().get("event");
        if (!"date_reached".equals(event) && !"entered_search".equals(event)) {
            return;
        }
        JourneyPlan.Trigger trigger = new JourneyPlan.Trigger(event, node.with().get("value"), node.with());
        if ("date_reached".equals(event)) {
            DateTrigger.problem(where, trigger).ifPresent(problems::add);
        }
        problems.addAll(triggerChecks.check(where + ".with", trigger));
    }
}
