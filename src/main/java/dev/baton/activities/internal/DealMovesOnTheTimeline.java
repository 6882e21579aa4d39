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
import dev.baton.deals.DealChanged;
import dev.baton.deals.DealStageChanged;

/** Puts deals on the timelines of their organisation and people: created, moved, won, lost. */
@Component
class DealMovesOnTheTimeline {

    private final TimelineStore timeline;

    DealMovesOnTheTimeline(TimelineStore timeline) {
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(DealChanged event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deal", event.deal().toString());
        data.put("changes", event.changes());
        record(event.organisation(), event.people(), new NewActivity(ActivityType.FIELD_CHANGE, null, null, event.at(),
                "Deal " + event.name() + ": changed " + String.join(", ", event.changes().keySet()), null, data, event.by()));
    }

    /**
     * One entry carries the organisation and the first person, so the organisation's timeline (its
     * own entries and its people's) shows the deal once; the other people get their own entry.
     */
    private void record(UUID organisation, List<UUID> people, NewActivity entry) {
        List<NewActivity> entries = new ArrayList<>();
        if (organisation != null || !people.isEmpty()) {
            entries.add(new NewActivity(entry.type(), people.isEmpty() ? null : people.get(0), organisation, entry.occurredAt(),
                    entry.summary(), entry.body(), entry.data(), entry.actor()));
        }
        for (UUID person : people.stream().skip(1).toList()) {
            entries.add(new NewActivity(entry.type(), person, null, entry.occurredAt(), entry.summary(), entry.body(), entry.data(),
                    entry.actor()));
        }
        if (!entries.isEmpty()) {
            timeline.recordAll(entries);
        }
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
        record(event.organisation(), event.people(),
                new NewActivity(ActivityType.STAGE_CHANGE, null, null, event.at(), summary, null, data, event.by()));
    }
}
