package dev.baton.processes.internal.diagram;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Documents as the editor sees them while someone types: small, half written or plainly wrong. */
final class OddDocuments {

    private OddDocuments() {
    }

    static ProcessDocument of(List<Lane> lanes, Step... steps) {
        return new ProcessDocument("odd", "Odd", "L3", null, null, "workflow", null, null, null, lanes, List.of(steps));
    }

    static ProcessDocument of(Step... steps) {
        return of(List.of(new Lane("team", "Team", Lane.ROLE), new Lane("baton", "Baton", Lane.SYSTEM)), steps);
    }

    /** A well-formed document with every kind of step, lane and line: splits, a timer, a goal, a subprocess and a loop. */
    static ProcessDocument onboarding() {
        List<Lane> lanes = List.of(new Lane("customer", "Customer", Lane.PERSONA), new Lane("partner", "Reseller partner", Lane.EXTERNAL),
                new Lane("csm", "Customer Success Manager", Lane.ROLE), new Lane("baton", "Baton", Lane.SYSTEM));
        return new ProcessDocument("onboarding", "Customer onboarding", "L3", null, null, "workflow", null, null, null, lanes, List.of(
                Step.trigger("signed", "customer", "Contract signed", "deal_stage_changed", "won"),
                new Step("split", Step.PARALLEL, "baton", "Start both", null, null, null, null, null, null, null, null, null, null,
                        List.of(Branch.to("welcome"), Branch.to("kickoff")), null, null, null, null, null),
                Step.action("welcome", "baton", "Send the welcome email", "email", null).withNext("join"),
                Step.task("kickoff", "csm", "Run the kickoff call with the customer's team", "Walk through the plan.", "2 business days"),
                Step.of("join", Step.JOIN, "baton", "Both done"),
                Step.waitFor("settle", "baton", "Let them settle in", "5 business days"),
                Step.gate("healthy", "csm", "Using the product?", List.of(new Branch("yes", null, null, false, "goal"),
                        new Branch("no", null, null, true, "rescue"))),
                Step.of("rescue", Step.SUBPROCESS, "partner", "Partner-led rescue plan").withProcess("rescue").withNext("healthy"),
                Step.trigger("goal", "customer", "First value reached", "goal", "activated"),
                Step.exit("live", "customer", "Customer is live", "completed")));
    }

    /** Each kind of mistake the editor has to live with, one document each. */
    static List<ProcessDocument> halfWritten() {
        return List.of(
                new ProcessDocument(null, null, null, null, null, null, null, null, null, null, null),
                of(),
                of(List.of(), Step.of("a", Step.TASK, null, "No lane at all"), Step.of("b", Step.EXIT, null, "Done")),
                of(Step.of("a", Step.TASK, "team", "Known lane"), Step.of("b", Step.TASK, null, "No lane"),
                        Step.of("c", Step.ACTION, "nowhere", "Lane nobody listed")),
                of(Step.of("a", "dance", "team", "Unknown type"), Step.of("b", null, "team", "No type yet"),
                        Step.of("c", "", "team", "")),
                of(Step.of("a", Step.TASK, "team", "First a"), Step.of("a", Step.ACTION, "baton", "Second a"),
                        Step.of("a", Step.EXIT, "team", "Third a")),
                of(Step.of("a", Step.TASK, "team", "Goes nowhere").withNext("missing"), Step.of("b", Step.EXIT, "team", "End")),
                of(Step.gate("g", "team", "Gate to nothing", List.of(Branch.to("missing"), Branch.otherwise(null))),
                        Step.gate("h", "team", "Gate without branches", List.of())),
                of(Step.of(null, Step.TASK, "team", "No key"), Step.of(null, Step.TASK, "team", "No key either"),
                        Step.of("x", Step.EXIT, "team", null)),
                of(Step.of("self", Step.TASK, "team", "Again and again").withNext("self")),
                of(Step.of("a", Step.SUBPROCESS, "team", "No process named"), Step.waitFor("w", "baton", null, null),
                        Step.of("p", Step.PARALLEL, "team", "Split to nothing"), Step.of("j", Step.JOIN, "team", "Join")),
                of(Step.of("odd\u0000key\uD800", Step.TASK, "team\u0007", "Control \u0001 chars, a lone \uDC00 half and \uD83D\uDE80 "
                        + "rockets \u2192 arrows \u4E2D\u6587 and a very long wordwithoutanyspacesthatcannotpossiblyfitintoaboxatall")),
                of(Step.of("long", Step.TASK, "team", "word ".repeat(2_000))));
    }

    /** Documents put together at random from plausible and implausible parts, the same ones on every run. */
    static List<ProcessDocument> random(int count, long seed) {
        Random random = new Random(seed);
        String[] types = {Step.TRIGGER, Step.TASK, Step.ACTION, Step.WAIT, Step.GATE, Step.PARALLEL, Step.JOIN, Step.SUBPROCESS,
                Step.EXIT, "bogus", null};
        String[] lanes = {"team", "baton", "customer", null, "ghost"};
        List<ProcessDocument> documents = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            int size = random.nextInt(12);
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String type = types[random.nextInt(types.length)];
                String key = random.nextInt(8) == 0 ? null : "s" + random.nextInt(size + 1);
                List<Branch> branches = new ArrayList<>();
                for (int b = random.nextInt(4); b > 0; b--) {
                    branches.add(random.nextBoolean() ? Branch.to("s" + random.nextInt(size + 2)) : Branch.otherwise("s" + random.nextInt(size)));
                }
                String next = random.nextInt(3) == 0 ? "s" + random.nextInt(size + 2) : null;
                steps.add(new Step(key, type, lanes[random.nextInt(lanes.length)], random.nextBoolean() ? "Step <" + i + "> & co" : null,
                        "goal", "x", "email", Map.of("k", "v"), random.nextBoolean() ? "2 days" : null, null, null, null, null,
                        random.nextBoolean() ? "other" : null, branches, "won", null, null, null, next));
            }
            List<Lane> laneList = random.nextBoolean() ? List.of(new Lane("team", "Team", Lane.ROLE), new Lane("customer", "Customer",
                    Lane.PERSONA)) : List.of();
            documents.add(new ProcessDocument("random-" + d, "Random " + d, null, null, null, null, null, null, null, laneList, steps));
        }
        return documents;
    }
}
