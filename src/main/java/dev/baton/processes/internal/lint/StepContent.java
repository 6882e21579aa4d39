package dev.baton.processes.internal.lint;

import dev.baton.processes.Branch;
import dev.baton.processes.BusinessHours;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Sla;
import dev.baton.processes.Step;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a step holds for its type: a trigger's event, an action's settings, a wait, a gate's branches, an exit's outcome. */
final class StepContent {

    /** The trigger events, each with what its value names, or null when it takes none. */
    static final Map<String, String> EVENTS = orderedMap(
            "form_submitted", "the form", "tag_applied", "the tag", "tag_removed", "the tag", "stage_changed", "the lifecycle stage",
            "field_changed", "the field", "deal_stage_changed", "the deal stage", "task_completed", null, "date_reached", "the date field",
            "entered_search", "the saved-search query", "goal", null, "manual", null,
            // optional: an email template's key (a link in that email), or empty for a link in any email the process sends
            "link_clicked", null);

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

    private final ProcessDocument document;
    private final Workspace workspace;
    private final Findings findings;
    private final Flow flow;
    private final Actions actions;
    private final Ancestry ancestry;

    StepContent(ProcessDocument document, Workspace workspace, Findings findings, Flow flow, Ancestry ancestry) {
        this.document = document;
        this.workspace = workspace;
        this.findings = findings;
        this.flow = flow;
        this.ancestry = ancestry;
        this.actions = new Actions(workspace, findings, this);
    }

    void check(StepAt at) {
        Step step = at.step();
        switch (step.type() == null ? "" : step.type()) {
            case Step.TRIGGER -> trigger(at);
            case Step.ACTION -> actions.check(at);
            case Step.WAIT -> waiting(at);
            case Step.GATE -> gate(at);
            case Step.PARALLEL -> split(at);
            case Step.SUBPROCESS -> subprocess(at);
            case Step.EXIT -> exit(at);
            default -> { }
        }
        next(at);
        sla(at, "sla", step.sla());
        fields(at, "reads", step.reads());
        fields(at, "writes", step.writes());
    }

    private void trigger(StepAt at) {
        Step step = at.step();
        if (!EVENTS.containsKey(step.event())) {
            findings.error("trigger-event-unknown", at, "event", "The trigger " + at.label() + " has " + (step.event() == null
                    ? "no event" : "the event " + Findings.quote(step.event())) + ": use " + Findings.or(List.copyOf(EVENTS.keySet())) + ".");
            return;
        }
        String needs = EVENTS.get(step.event());
        if (needs != null && Findings.blank(step.value())) {
            findings.error("trigger-value-missing", at, "value", "The trigger " + at.label() + " on " + step.event() + " must name "
                    + needs + " in its value.");
        } else if ("field_changed".equals(step.event()) || "date_reached".equals(step.event())) {
            field(at, "value", step.value());
        } else if ("entered_search".equals(step.event()) && !workspace.savedSearchExists(step.value())) {
            query(at, "value", step.value());
        } else if ("link_clicked".equals(step.event()) && !Findings.blank(step.value()) && !workspace.templateExists(step.value())) {
            findings.error("template-unknown", at, "value", "The trigger " + at.label() + " waits for a click in the email "
                    + Findings.quote(step.value()) + ", which is not an email template: use a template's key, or leave the value "
                    + "empty for a link in any email the process sends.");
        }
        String reentry = step.with().get("reentry");
        if (reentry != null && !reentry.strip().equalsIgnoreCase("yes") && !reentry.strip().equalsIgnoreCase("no")) {
            findings.error("trigger-reentry-invalid", at, "with.reentry", "The trigger " + at.label() + " has reentry "
                    + Findings.quote(reentry) + ": use yes (people may enter again once they are through) or no (once per person).");
        }
    }

    private void waiting(StepAt at) {
        Step step = at.step();
        if (Findings.blank(step.duration()) && Findings.blank(step.until())) {
            findings.error("wait-missing", at, "duration", "The wait " + at.label() + " says neither how long (duration, such as "
                    + "\"2 days\") nor until when (until, a date field, a time of day such as 09:00, or business hours).");
            return;
        }
        if (!Findings.blank(step.duration())) {
            try {
                Sla.parse(step.duration());
            } catch (IllegalArgumentException e) {
                findings.error("wait-duration-invalid", at, "duration", "The wait " + at.label() + " lasts " + Findings.quote(step.duration())
                        + ", which is not " + Sla.ACCEPTED + ".");
            }
        }
        String until = step.until();
        if (!Findings.blank(until) && !TIME_OF_DAY.matcher(until.strip()).matches() && !BusinessHours.named(until)
                && !workspace.fieldExists(until.strip())) {
            findings.error("wait-until-invalid", at, "until", "The wait " + at.label() + " is until " + Findings.quote(until)
                    + ", which is neither a time of day (such as 09:00), a date field (such as deal.close) nor \"business hours\".");
        }
    }

    private void gate(StepAt at) {
        Gates.check(at, findings, this);
    }

    private void split(StepAt at) {
        List<Branch> branches = at.step().branches();
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            target(at, "branches[" + b + "].to", branch.to());
            if (branch.term() != null || branch.when() != null || branch.otherwise()) {
                findings.warning("parallel-branch-condition", at, "branches[" + b + "]", "The parallel split " + at.label()
                        + " takes all its branches, so the condition of its branch to " + Findings.quote(branch.to())
                        + " is ignored: use a gate to choose a branch.");
            }
        }
    }

    private void subprocess(StepAt at) {
        String process = at.step().process();
        if (Findings.blank(process)) {
            findings.error("subprocess-missing", at, "process", "The subprocess " + at.label()
                    + " names no process: set process to the key of the document it runs.");
            return;
        }
        var cycle = ancestry.subprocessCycle(process);
        if (cycle.isPresent()) {
            findings.error("subprocess-cycle", at, "process", "The subprocess " + at.label() + " runs " + Findings.quote(process)
                    + ", which comes back to this process: " + String.join(" → ", cycle.get())
                    + ". A process cannot run itself as a subprocess, directly or through others.");
        } else if (!workspace.documentExists(process)) {
            findings.error("subprocess-unknown", at, "process", "The subprocess " + at.label() + " runs " + Findings.quote(process)
                    + ", which is not a process document: use the key of an existing document.");
        }
    }

    private void exit(StepAt at) {
        String outcome = at.step().outcome();
        if (!Findings.oneOf(Step.OUTCOMES, outcome)) {
            findings.error("exit-outcome-unknown", at, "outcome", "The exit " + at.label() + " has " + (outcome == null ? "no outcome"
                    : "the outcome " + Findings.quote(outcome)) + ": use " + Findings.or(Step.OUTCOMES) + ".");
        }
    }

    private void next(StepAt at) {
        Step step = at.step();
        if (Findings.blank(step.next())) {
            return;
        }
        if (Step.EXIT.equals(step.type()) || Step.GATE.equals(step.type()) || Step.PARALLEL.equals(step.type())) {
            findings.warning("next-ignored", at, "next", "The " + step.type() + " " + at.label() + " has next " + Findings.quote(step.next())
                    + ", which is ignored: " + (Step.EXIT.equals(step.type()) ? "the flow ends at an exit." : "the flow follows its branches."));
        } else {
            target(at, "next", step.next());
        }
    }

    /** A flow's target is a step of the document. */
    void target(StepAt at, String field, String to) {
        if (Findings.blank(to)) {
            findings.error("branch-target-missing", at, field, "A branch of " + at.label() + " leads nowhere: set its to to a step's key.");
        } else if (!flow.hasStep(to)) {
            findings.error(field.equals("next") ? "next-unknown" : "branch-target-unknown", at, field, "The step " + at.label()
                    + " goes on to " + Findings.quote(to) + ", which is not a step of this document: use the key of one of its steps.");
        }
    }

    void sla(StepAt at, String field, String sla) {
        if (sla == null) {
            return;
        }
        try {
            Sla.parse(sla);
        } catch (IllegalArgumentException e) {
            findings.error("sla-invalid", at, field, "The SLA " + Findings.quote(sla) + " of " + at.label() + " is not " + Sla.ACCEPTED + ".");
        }
    }

    void field(StepAt at, String where, String field) {
        if (!workspace.fieldExists(field)) {
            findings.error("field-unknown", at, where, "The step " + at.label() + " refers to the field " + Findings.quote(field)
                    + ", which does not exist: use a field such as person.email, person.custom.<field> or deal.amount, "
                    + "or define the custom field first.");
        }
    }

    void query(StepAt at, String where, String query) {
        String problem = Findings.blank(query) ? "it is empty" : workspace.queryProblem(query);
        if (problem != null) {
            findings.error("query-invalid", at, where, "The saved-search query " + Findings.quote(query) + " of " + at.label()
                    + " is not valid: " + problem);
        }
    }

    String documentKey() {
        return document.key();
    }

    boolean termExists(String term) {
        return workspace.termExists(term);
    }

    boolean termListed(String term) {
        return document.glossary().contains(term);
    }

    private void fields(StepAt at, String list, List<String> fields) {
        for (int j = 0; j < fields.size(); j++) {
            field(at, list + "[" + j + "]", fields.get(j));
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
