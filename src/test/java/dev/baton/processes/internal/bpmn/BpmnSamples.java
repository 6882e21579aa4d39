package dev.baton.processes.internal.bpmn;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.Step;
import java.util.List;
import java.util.Map;

/** Documents built by hand for the BPMN tests, each exercising more than the demo documents do. */
final class BpmnSamples {

    private BpmnSamples() {
    }

    /** Customer onboarding: every step type, a parallel split and join, a goal, a sub-process, both waits, a shared step. */
    static ProcessDocument onboarding() {
        List<Lane> lanes = List.of(new Lane("customer", "Customer", Lane.PERSONA), new Lane("system", "Baton", Lane.SYSTEM),
                new Lane("csm", "Customer Success Manager", Lane.ROLE), new Lane("partner", "Implementation partner", Lane.EXTERNAL));
        List<Step> steps = List.of(
                Step.trigger("signed-up", "customer", "Signs up", "form_submitted", "signup").withFields(null, List.of("person.email")),
                Step.action("welcome", "system", "Send the welcome email", "email", Map.of("template", "welcome")),
                new Step("kick-off", Step.PARALLEL, "system", "Kick off", null, null, null, null, null, null, null, null, null, null,
                        List.of(Branch.to("set-up-account"), Branch.to("book-call")), null, null, null, null, null),
                Step.action("set-up-account", "system", "Set up the account", "create_task", Map.of("role", "csm", "title", "Set up"))
                        .withNext("both-done"),
                Step.task("book-call", "csm", "Book the kick-off call", "Call within two days.\nAgree the goals & the\n  <first> \"milestone\".",
                        "2 business days").withTemplate("kick-off-notes").withShared(List.of("partner"))
                        .withFields(List.of("person.phone"), List.of("custom.goals")),
                Step.of("both-done", Step.JOIN, "system", "Account ready and call booked"),
                Step.waitFor("wait-a-week", "system", "A week goes by", "1 week"),
                Step.trigger("activated", "customer", "Uses the product", "goal", "activated"),
                Step.gate("health-check", "csm", "Healthy?", List.of(
                        new Branch("healthy", "healthy-account", null, false, "hand-over"),
                        Branch.when("custom.nps >= 8 and custom.seats > 10", "partner-review"),
                        Branch.otherwise("churn-risk"))),
                Step.of("partner-review", Step.SUBPROCESS, "partner", "Partner review").withProcess("partner-onboarding"),
                new Step("wait-renewal", Step.WAIT, "system", "Until the renewal", null, null, null, null, null, "deal.renewal", null,
                        null, null, null, null, null, null, null, null, "hand-over"),
                Step.exit("churn-risk", "csm", "At risk", "lost"),
                Step.exit("hand-over", "csm", "Handed over", "completed"));
        return new ProcessDocument("customer-onboarding", "Customer Onboarding", "L3", "customer-success", "csm-lead", "workflow",
                "Every new customer is live & happy within 30 days.", List.of("healthy-account"),
                List.of(new Stakeholder("csm-lead", "A"), new Stakeholder("csm", "R")), lanes, steps);
    }

    /**
     * A draft in the middle of being written: keys that are no XML names, a step in a lane the document
     * does not list and one in none, a next to the step after it, a next and a branch to steps not there
     * yet, a gate with two else branches and no labels, line ends and tabs in text and in attributes, a step of a type Baton does not know, a parallel branch with a condition.
     */
    static ProcessDocument draft() {
        List<Step> steps = List.of(
                new Step("1st call", Step.TASK, "sales", null, null, null, null, null, null, null, "", "  one\r\ntwo\t ", null, null,
                        null, null, null, null, null, "1st call"),
                Step.task("call-again", "sales", "Call again", "  Windows\r\nline ends\tand tabs\r ", null).withNext("check"),
                Step.gate("check", "sales", "Reached?", List.of(Branch.when("", "done"), Branch.otherwise("1st call"),
                        Branch.to("not-written-yet"), Branch.otherwise("call-again"))),
                Step.of("mystery", "note", "finance", "Something").withNext("not-written-yet"),
                new Step("split", Step.PARALLEL, null, "Split", null, null, null, null, null, null, null, null, null, null,
                        List.of(new Branch("a", "t", "x > 1", true, "done"), Branch.to("mystery")), null, null, null, null, null),
                Step.of("sub", Step.SUBPROCESS, "sales", "Sub").withProcess("other process/v2"),
                new Step("both", Step.WAIT, "sales", "Both", null, null, null, null, "2 days", "tomorrow", null, null, null, null, null,
                        null, null, null, null, null),
                new Step("done", Step.EXIT, "sales", "Done", null, null, null, Map.of("empty", ""), null, null, null, null, null, null,
                        null, "won", null, null, null, "sub"));
        return new ProcessDocument("draft", null, null, null, null, null, null, null, null,
                List.of(new Lane("sales", "Sales", Lane.ROLE), new Lane("sales", "Sales again", null)), steps);
    }
}
