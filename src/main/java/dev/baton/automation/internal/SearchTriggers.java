package dev.baton.automation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;
import dev.baton.contacts.ConsentChanged;
import dev.baton.contacts.LifecycleStageChanged;
import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.contacts.PeopleChanged;
import dev.baton.contacts.PersonChanged;
import dev.baton.contacts.PersonCreated;
import dev.baton.segments.Searches;

/**
 * Campaigns that start when people enter a saved search ({@code entered_search}). Who is in the
 * search is kept per campaign; when people change, the query is run for them alone, and those it
 * newly matches are enrolled (those it no longer matches leave the search, and may enter again).
 * Deploying takes in everyone who matches, set-based, and enrolls them too when the trigger says
 * {@code existing: yes}. Goals on entering a search are reached first ({@link SearchGoals}).
 */
@Component
class SearchTriggers {

    private static final Logger log = LoggerFactory.getLogger(SearchTriggers.class);

    private final JdbcClient jdbc;
    private final JourneyBook book;
    private final Searches searches;
    private final TriggerChecks checks;
    private final SearchGoals goals;

    SearchTriggers(JdbcClient jdbc, JourneyBook book, Searches searches, TriggerChecks checks, SearchGoals goals) {
        this.goals = goals;
        this.jdbc = jdbc;
        this.book = book;
        this.searches = searches;
        this.checks = checks;
    }

    @EventListener
    void on(JourneyDeployed deployed) {
        JourneyPlan.Trigger trigger = deployed.plan().triggers() == null || deployed.plan().triggers().isEmpty() ? null
                : deployed.plan().triggers().get(0);
        if (trigger == null || !"entered_search".equals(trigger.type())) {
            jdbc.sql("delete from journey_search_members where journey_id = :j").param("j", deployed.journey()).update();
            return;
        }
        Searches.PeopleCondition condition = searches.peopleCondition(checks.query(trigger.value()));
        jdbc.sql("delete from journey_search_members where journey_id = :j").param("j", deployed.journey()).update();
        jdbc.sql("insert into journey_search_members (journey_id, person_id) select :journey, p.id from people p where "
                        + condition.where())
                .params(condition.params()).param("journey", deployed.journey()).update();
        // who already matches is enrolled when the campaign first goes live, not again with each new version
        if (deployed.version() == 1 && "yes".equalsIgnoreCase(trigger.with().getOrDefault("existing", "no").trim())) {
            book.enrollMatching(deployed.key(), checks.query(trigger.value()));
        }
    }

    @ApplicationModuleListener
    void on(PersonCreated event) {
        changed(List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        changed(List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(PeopleChanged event) {
        changed(event.changes().stream().map(PersonChanged::person).toList());
    }

    @ApplicationModuleListener
    void on(PeopleTagged event) {
        changed(event.people());
    }

    @ApplicationModuleListener
    void on(PeopleUntagged event) {
        changed(event.people());
    }

    @ApplicationModuleListener
    void on(LifecycleStageChanged event) {
        changed(List.of(event.person()));
    }

    @ApplicationModuleListener
    void on(ConsentChanged event) {
        changed(List.of(event.person()));
    }

    /** Runs each search campaign's query for these people only: who newly matches enters the search and the campaign. */
    private void changed(Collection<UUID> people) {
        // goals first, so that entering the search does not also move someone past a goal of a campaign it enrolls them in
        goals.changed(people);
        for (JourneyBook.Starting starting : book.startingOn("entered_search")) {
            Set<UUID> matching;
            try {
                matching = searches.matchingPeople(checks.query(starting.trigger().value()), people);
            } catch (RuntimeException e) {
                // the saved search was changed or removed since the campaign was deployed: it cannot start anyone now
                log.warn("The campaign {} starts on the search {}, which does not read: {}", starting.key(),
                        starting.trigger().value(), e.getMessage());
                continue;
            }
            List<UUID> left = people.stream().filter(p -> !matching.contains(p)).toList();
            if (!left.isEmpty()) {
                jdbc.sql("delete from journey_search_members where journey_id = :j and person_id = any(:people)")
                        .param("j", starting.journey()).param("people", left.toArray(UUID[]::new)).update();
            }
            if (matching.isEmpty()) {
                continue;
            }
            List<UUID> entered = new ArrayList<>(jdbc.sql("""
                    insert into journey_search_members (journey_id, person_id) select :j, unnest(:people)
                    on conflict do nothing returning person_id""")
                    .param("j", starting.journey()).param("people", matching.toArray(UUID[]::new)).query(UUID.class).list());
            if (!entered.isEmpty()) {
                book.enroll(starting.key(), entered);
            }
        }
    }
}
