package dev.baton.activities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.deals.DealStageChanged;

/** Puts deals on the timelines of their organisation and people: created, moved, won, lost. */
@Component
class DealMovesOnTheTimeline {

    private final TimelineStore timeline;

    DealMovesOnTheTimeline(TimelineStore timeline) {
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(DealStageChanged event) {
        String summary = switch (event.status()) {
            case "won" -> "Deal won: " + event.name();
            case "lost" -> "Deal lost: " + event.name() + (event.reason() == null ? "" : " (" + event.reason() + ")");
            default -> event.from() == null ? "Deal opened: " + event.name() : "Deal " + event.name() + ": " + event.from() + " → " + event.to();
        };
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deal", event.deal().toString());
        data.put("from", event.from());
        data.put("to", event.to());
        data.put("status", event.status());
        data.put("amount", event.amount());
        data.put("currency", event.currency());
        // one entry carries the organisation and the first person, so the organisation's timeline
        // (its own entries and its people's) shows the move once
        List<NewActivity> entries = new ArrayList<>();
        List<UUID> people = event.people();
        if (event.organisation() != null || !people.isEmpty()) {
            entries.add(new NewActivity(ActivityType.STAGE_CHANGE, people.isEmpty() ? null : people.get(0), event.organisation(),
                    event.at(), summary, null, data, event.by()));
        }
        for (UUID person : people.stream().skip(1).toList()) {
            entries.add(new NewActivity(ActivityType.STAGE_CHANGE, person, null, event.at(), summary, null, data, event.by()));
        }
        if (!entries.isEmpty()) {
            timeline.recordAll(entries);
        }
    }
}
