package dev.baton.processes.internal.sop;

import dev.baton.processes.Branch;
import dev.baton.processes.Lane;
import dev.baton.processes.Step;
import dev.baton.processes.internal.sop.SopPage.Entry;
import dev.baton.processes.internal.sop.SopPage.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A step put into words for the SOP: what starts it, what to do and by when, which template to use,
 * which fields to read and fill in, and where the flow goes next, by step number.
 */
final class StepText {

    private final Procedure procedure;
    private final SopContext ctx;
    private final Function<Step, String> anchor;
    private final boolean handbook;

    /**
     * @param anchor   the id of a step's entry on the page, or null where the step is not on it
     * @param handbook whether the steps are read out of their document, in a role's handbook: step
     *                 references then name the step and its lane, and where the work comes from and goes
     */
    StepText(Procedure procedure, SopContext ctx, Function<Step, String> anchor, boolean handbook) {
        this.procedure = procedure;
        this.ctx = ctx;
        this.anchor = anchor;
        this.handbook = handbook;
    }

    Entry entry(Step step) {
        int number = procedure.number(step.key());
        return new Entry(anchor.apply(step), number, orKey(step.name(), step.key()),
                laneName(step.lane()), Phrases.kind(step, number == 1), lines(step, number));
    }

    private String href(Step step) {
        String id = anchor.apply(step);
        return id == null ? null : "#" + id;
    }

    private List<Line> lines(Step step, int number) {
        List<Line> lines = new ArrayList<>();
        String type = step.type() == null ? "" : step.type();
        if (handbook) {
            comesFrom(step, lines);
        }
        boolean work = Step.TASK.equals(type);
        switch (type) {
            case Step.TRIGGER -> lines.add(Line.of(number == 1 ? "Starts when" : "Goal reached when", Phrases.event(step)));
            case Step.TASK -> add(lines, "Instructions", step.instructions());
            case Step.ACTION -> lines.add(Line.of("Baton does this", Phrases.action(step, ctx)));
            case Step.WAIT -> {
                if (present(step.duration())) {
                    lines.add(Line.of("Wait", Phrases.duration(step.duration())));
                }
                add(lines, "Wait until", step.until());
            }
            case Step.SUBPROCESS -> lines.add(new Line("Follow the procedure", ctx.documentName(step.process()),
                    ctx.documentHref(step.process()), null));
            case Step.JOIN -> lines.add(Line.of("Wait", "until every branch that leads here is done"));
            case Step.EXIT -> lines.add(Line.of("Outcome", orKey(step.outcome(), "completed")));
            default -> {
            }
        }
        if (present(step.sla())) {
            lines.add(Line.of("SLA", "within " + Phrases.duration(step.sla())));
        }
        if (present(step.template())) {
            lines.add(Line.of(work ? "Use the template" : "Template", ctx.templateLabel(step.template())));
        }
        if (!step.reads().isEmpty()) {
            lines.add(Line.of(work ? "Read" : "Reads", String.join(", ", step.reads())));
        }
        if (!step.writes().isEmpty()) {
            lines.add(Line.of(work ? "Fill in" : "Writes", String.join(", ", step.writes())));
        }
        if (!step.shared().isEmpty()) {
            lines.add(Line.of("Shared with", String.join(", ", step.shared().stream().map(this::laneName).toList())));
        }
        goesTo(step, number, lines);
        return List.copyOf(lines);
    }

    private void goesTo(Step step, int number, List<Line> lines) {
        String type = step.type() == null ? "" : step.type();
        if (Step.GATE.equals(type)) {
            for (Branch branch : step.branches()) {
                lines.add(to(branchLabel(branch), branch.to(), condition(branch), step));
            }
        } else if (Step.PARALLEL.equals(type)) {
            for (Branch branch : step.branches()) {
                lines.add(to("At the same time", branch.to(), null, step));
            }
        } else if (!Step.EXIT.equals(type)) {
            List<String> after = procedure.document().successors(step);
            if (after.isEmpty()) {
                lines.add(Line.of("Then", "the procedure ends here"));
            } else {
                String next = after.getFirst();
                String lane = procedure.step(next).map(Step::lane).orElse(null);
                boolean handOff = lane != null && !lane.equals(step.lane());
                if (handbook || handOff || procedure.number(next) != number + 1) {
                    lines.add(to(handbook && handOff ? "Hands on to" : "Then", next, null, step));
                }
            }
        }
    }

    /** A line that sends the reader to another step, by its number. */
    private Line to(String label, String target, String condition, Step from) {
        Step step = procedure.step(target).orElse(null);
        if (step == null) {
            return new Line(label, "go to " + target + " (no such step)", null, condition);
        }
        int number = procedure.number(step.key());
        String text;
        String note = null;
        if (handbook) {
            // Read out of its document, a step number alone says little: name the step and who does it.
            text = who(step, from) + ", step " + number + ": " + orKey(step.name(), step.key());
        } else {
            text = "go to step " + number;
            if (step.lane() != null && !step.lane().equals(from.lane())) {
                note = "hand over to " + laneName(step.lane());
            }
        }
        if (condition != null) {
            note = note == null ? condition : condition + "; " + note;
        }
        return new Line(label, text, href(step), note);
    }

    private void comesFrom(Step step, List<Line> lines) {
        List<Step> before = procedure.before(step);
        if (before.isEmpty()) {
            lines.add(Line.of("Comes from", procedure.number(step.key()) == 1 ? "this starts the process" : "nowhere in the flow"));
        }
        for (Step from : before) {
            String via = "";
            if (Step.GATE.equals(from.type())) {
                via = from.branches().stream().filter(b -> step.key().equals(b.to())).map(this::answer)
                        .map(s -> " (" + s + ")").findFirst().orElse("");
            }
            lines.add(new Line("Comes from", who(from, step) + ", step " + procedure.number(from.key()) + ": "
                    + orKey(from.name(), from.key()) + via, href(from), null));
        }
    }

    /** Who does a step, as seen from another step: "you" in the same lane of a handbook. */
    private String who(Step step, Step seenFrom) {
        if (handbook && step.lane() != null && step.lane().equals(seenFrom.lane())) {
            return "you";
        }
        return laneName(step.lane());
    }

    private String branchLabel(Branch branch) {
        if (branch.otherwise()) {
            return present(branch.label()) ? "Otherwise (" + branch.label() + ")" : "Otherwise";
        }
        if (present(branch.label())) {
            return "If " + branch.label();
        }
        if (present(branch.term())) {
            return "If " + ctx.termName(branch.term());
        }
        return present(branch.when()) ? "If " + branch.when() : "If";
    }

    /** The answer a branch stands for, in a word: its label, its term, its query or "otherwise". */
    private String answer(Branch branch) {
        if (present(branch.label())) {
            return branch.label();
        }
        if (branch.otherwise()) {
            return "otherwise";
        }
        return present(branch.term()) ? ctx.termName(branch.term()) : orKey(branch.when(), "always");
    }

    /** What the branch's condition means, when its label does not say it: the term's name or the query. */
    private String condition(Branch branch) {
        if (present(branch.term())) {
            String name = ctx.termName(branch.term());
            return !present(branch.label()) || branch.label().equals(name) ? null : "meets the glossary term " + name;
        }
        if (present(branch.when()) && present(branch.label())) {
            return "when " + branch.when();
        }
        return null;
    }

    String laneName(String laneKey) {
        if (laneKey == null) {
            return "nobody";
        }
        return procedure.document().lane(laneKey).map(Lane::name).filter(StepText::present).orElseGet(() -> ctx.roleName(laneKey));
    }

    private static void add(List<Line> lines, String label, String text) {
        if (present(text)) {
            lines.add(Line.of(label, text));
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static String orKey(String s, String fallback) {
        return present(s) ? s : fallback;
    }
}
