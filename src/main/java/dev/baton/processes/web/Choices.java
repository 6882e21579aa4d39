package dev.baton.processes.web;

import java.util.List;

/**
 * What the editor offers in its selects. Lint checks every value and says what is allowed, so a value
 * not in these lists (written in YAML, say) is kept and shown, never dropped.
 */
final class Choices {

    static final List<String> EVENTS = List.of("form_submitted", "tag_applied", "tag_removed", "stage_changed", "field_changed",
            "deal_stage_changed", "task_completed", "date_reached", "entered_search", "goal", "manual",
            "link_clicked");

    static final List<String> ACTIONS = List.of("email", "tag", "untag", "set_field", "stage", "create_task", "notify", "webhook",
            "create_deal", "start_process", "assign_owner");

    /** The list with {@code current} added when it holds something the list does not (public: the templates call it). */
    public List<String> with(List<String> list, String current) {
        String value = Text.orNull(current);
        if (value == null || list.contains(value)) {
            return list;
        }
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(value)).toList();
    }
}
