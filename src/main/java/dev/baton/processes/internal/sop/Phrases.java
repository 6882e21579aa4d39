package dev.baton.processes.internal.sop;

import static dev.baton.processes.internal.sop.StepText.orKey;
import static dev.baton.processes.internal.sop.StepText.present;

import dev.baton.processes.Step;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the SOP says what a step is and does: its trigger event, its automatic action, a duration. */
final class Phrases {

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("form_submitted", "the form %s is submitted"),
            Map.entry("tag_applied", "the tag %s is applied"),
            Map.entry("tag_removed", "the tag %s is removed"),
            Map.entry("stage_changed", "the lifecycle stage changes to %s"),
            Map.entry("field_changed", "the field %s changes"),
            Map.entry("deal_stage_changed", "a deal moves to the stage %s"),
            Map.entry("task_completed", "the task %s is completed"),
            Map.entry("date_reached", "the date in %s is reached"),
            Map.entry("entered_search", "someone enters the saved search %s"),
            Map.entry("goal", "the goal %s is reached"),
            Map.entry("manual", "someone starts it by hand"),
            Map.entry("link_clicked", "a link in the email %s is clicked"));

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("email", "Send an email"),
            Map.entry("tag", "Add a tag"),
            Map.entry("untag", "Remove a tag"),
            Map.entry("set_field", "Set a field"),
            Map.entry("stage", "Change the lifecycle stage"),
            Map.entry("create_task", "Create a task"),
            Map.entry("notify", "Notify"),
            Map.entry("webhook", "Call a webhook"),
            Map.entry("create_deal", "Open a deal"),
            Map.entry("start_process", "Start a process"),
            Map.entry("assign_owner", "Assign an owner"));

    private Phrases() {
    }

    static String event(Step step) {
        String value = present(step.value()) ? step.value() : "";
        String pattern = EVENTS.get(step.event());
        if (pattern == null) {
            return (orKey(step.event(), "something happens") + " " + value).strip();
        }
        return pattern.formatted(value).replace("  ", " ").strip();
    }

    static String action(Step step, SopContext ctx) {
        String what = ACTIONS.getOrDefault(step.action(), orKey(step.action(), "an automatic step"));
        if (step.with().isEmpty()) {
            return what;
        }
        List<String> settings = new ArrayList<>();
        step.with().forEach((key, value) -> settings.add(key.replace('_', ' ') + ": " + setting(key, value, ctx)));
        return what + " (" + String.join(", ", settings) + ")";
    }

    /** A setting's value under the name a reader knows it by. */
    private static String setting(String key, String value, SopContext ctx) {
        return switch (key) {
            case "role" -> ctx.roleName(value);
            case "template" -> ctx.templateLabel(value);
            case "process" -> ctx.documentName(value);
            case "term" -> ctx.termName(value);
            default -> value;
        };
    }

    /** What kind of step it is, in a word; the first step starts the process, a later trigger is a goal. */
    static String kind(Step step, boolean first) {
        return switch (step.type() == null ? "" : step.type()) {
            case Step.TRIGGER -> first ? "Start" : "Goal";
            case Step.TASK -> "Task";
            case Step.ACTION -> "Automatic";
            case Step.WAIT -> "Wait";
            case Step.GATE -> "Decision";
            case Step.PARALLEL -> "Split";
            case Step.JOIN -> "Join";
            case Step.SUBPROCESS -> "Procedure";
            case Step.EXIT -> "End";
            default -> orKey(step.type(), "Step");
        };
    }

    /** "2 days", "1 business day" as written; an ISO period or duration (P3D, PT4H) in words. */
    static String duration(String text) {
        String t = text.strip();
        if (!t.startsWith("P")) {
            return t;
        }
        try {
            Period p = Period.parse(t);
            List<String> parts = new ArrayList<>();
            unit(parts, p.getYears(), "year");
            unit(parts, p.getMonths(), "month");
            unit(parts, p.getDays(), "day");
            return parts.isEmpty() ? t : String.join(" ", parts);
        } catch (DateTimeParseException notAPeriod) {
            try {
                Duration d = Duration.parse(t);
                List<String> parts = new ArrayList<>();
                unit(parts, (int) d.toDays(), "day");
                unit(parts, d.toHoursPart(), "hour");
                unit(parts, d.toMinutesPart(), "minute");
                return parts.isEmpty() ? t : String.join(" ", parts);
            } catch (DateTimeParseException notADuration) {
                return t;
            }
        }
    }

    private static void unit(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}
