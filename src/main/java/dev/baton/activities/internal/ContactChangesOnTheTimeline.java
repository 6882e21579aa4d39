package dev.baton.activities.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.contacts.ConsentChanged;
import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.OrganisationChanged;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.contacts.PersonChanged;

/**
 * Puts every change to a person or organisation on their timeline: stage, fields (old → new),
 * tags and consent. Delivered after commit through the event publication registry, so a change
 * is not lost if this fails or the node stops.
 */
@Component
class ContactChangesOnTheTimeline {

    private final TimelineStore timeline;

    ContactChangesOnTheTimeline(TimelineStore timeline) {
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(LifecycleStageChanged event) {
        String summary = event.from() == null ? "Lifecycle stage set to " + event.to()
                : "Lifecycle stage " + event.from() + " → " + event.to();
        timeline.record(new NewActivity(ActivityType.STAGE_CHANGE, event.person(), null, event.at(), summary, null,
                mapOf("from", event.from(), "to", event.to()), event.by()));
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        timeline.record(new NewActivity(ActivityType.FIELD_CHANGE, event.person(), null, event.at(),
                "Changed " + String.join(", ", event.changes().keySet()), null, Map.of("changes", event.changes()), event.by()));
    }

    /** A field set for many people at once: one entry per person, written together. */
    @ApplicationModuleListener
    void on(PeopleChanged event) {
        timeline.recordAll(event.changes().stream().map(change -> new NewActivity(ActivityType.FIELD_CHANGE, change.person(), null,
                change.at(), "Changed " + String.join(", ", change.changes().keySet()), null, Map.of("changes", change.changes()),
                change.by())).toList());
    }

    @ApplicationModuleListener
    void on(OrganisationChanged event) {
        boolean created = event.changes().containsKey("name") && event.changes().get("name").get(0) == null;
        timeline.record(new NewActivity(ActivityType.FIELD_CHANGE, null, event.organisation(), event.at(),
                created ? "Organisation created" : "Changed " + String.join(", ", event.changes().keySet()), null,
                Map.of("changes", event.changes()), event.by()));
    }

    @ApplicationModuleListener
    void on(PeopleTagged event) {
        tagChange(event.people(), "Tagged " + event.tag(), Map.of("tag", event.tag(), "change", "added"), event.by(), event.at());
    }

    @ApplicationModuleListener
    void on(PeopleUntagged event) {
        tagChange(event.people(), "Tag " + event.tag() + " removed", Map.of("tag", event.tag(), "change", "removed"), event.by(),
                event.at());
    }

    @ApplicationModuleListener
    void on(ConsentChanged event) {
        String summary = switch (event.status()) {
            case "opted_in" -> "Opted in to " + event.channel();
            case "opted_out" -> "Opted out of " + event.channel();
            default -> "Consent for " + event.channel() + " reset";
        };
        timeline.record(new NewActivity(ActivityType.CONSENT_CHANGE, event.person(), null, event.at(), summary, null,
                Map.of("channel", event.channel(), "status", event.status(), "source", event.source()), event.by()));
    }

    private void tagChange(List<UUID> people, String summary, Map<String, Object> data, String by, java.time.Instant at) {
        timeline.recordAll(people.stream()
                .map(p -> new NewActivity(ActivityType.TAG_CHANGE, p, null, at, summary, null, data, by)).toList());
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
