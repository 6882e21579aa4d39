package dev.baton.automation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.marketing.EmailLinkClicked;
import dev.baton.marketing.FormSubmitted;

/**
 * Starts journeys from domain events (never by polling): a batch of tagged people is enrolled in
 * one statement per journey the tag starts. The same events reach the journeys' goals on them
 * (a later trigger of a campaign), Keap style: who reaches one leaves every step before it.
 */
@Component
class JourneyTriggers {

    private final JourneyBook book;

    JourneyTriggers(JourneyBook book) {
        this.book = book;
    }

    @ApplicationModuleListener
    void on(PeopleTagged event) {
        enroll("tag_applied", event.tag(), event.people());
    }

    @ApplicationModuleListener
    void on(PeopleUntagged event) {
        enroll("tag_removed", event.tag(), event.people());
    }

    @ApplicationModuleListener
    void on(FormSubmitted event) {
        enroll("form_submitted", event.form(), List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(LifecycleStageChanged event) {
        enroll("stage_changed", event.to(), List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(EmailLinkClicked event) {
        enroll("link_clicked", event.template(), List.of(event.person()));
    }

    private void enroll(String type, String value, List<UUID> people) {
        // goals first: the event that enrolls someone does not also move them past a goal of the journey they enter
        book.achieveGoals(type, value, people);
        for (String journey : book.triggered(type, value)) {
            book.enroll(journey, people);
        }
    }
}
