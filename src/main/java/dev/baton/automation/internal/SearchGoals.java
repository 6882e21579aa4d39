package dev.baton.automation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.segments.Searches;

/**
 * Goals on entering a saved search (a campaign's later {@code entered_search} trigger): who is in
 * each search a goal names is kept, by the goal's value; when people change, the query runs for them
 * alone, and those it newly matches reach every goal on that search — they leave the steps before it.
 * Deploying a campaign with such a goal takes in everyone who matches already (they did not enter).
 */
@Component
class SearchGoals {

    private static final Logger log = LoggerFactory.getLogger(SearchGoals.class);

    private final JdbcClient jdbc;
    private final JourneyGoals goals;
    private final Searches searches;
    private final TriggerChecks checks;

    SearchGoals(JdbcClient jdbc, JourneyGoals goals, Searches searches, TriggerChecks checks) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.searches = searches;
        this.checks = checks;
    }

    @EventListener
    void on(JourneyDeployed deployed) {
        deployed.plan().nodes().stream()
                .filter(n -> "goal".equals(n.type()) && "entered_search".equals(n.with().get("event")) && n.with().get("value") != null)
                .map(n -> n.with().get("value")).distinct().forEach(value -> {
                    Searches.PeopleCondition condition = searches.peopleCondition(checks.query(value));
                    jdbc.sql("delete from journey_goal_search_members where search = :search").param("search", value).update();
                    jdbc.sql("insert into journey_goal_search_members (search, person_id) select :search, p.id from people p where "
                                    + condition.where())
                            .params(condition.params()).param("search", value).update();
                });
    }

    /** Runs each goal's search for these people only: who newly matches reaches the goals on it (called before enrolling). */
    void changed(Collection<UUID> people) {
        for (String value : goals.goalValues("entered_search")) {
            if (value.isBlank()) {
                continue;
            }
            Set<UUID> matching;
            try {
                matching = searches.matchingPeople(checks.query(value), people);
            } catch (RuntimeException e) {
                log.warn("A campaign's goal is on the search {}, which does not read: {}", value, e.getMessage());
                continue;
            }
            List<UUID> left = people.stream().filter(p -> !matching.contains(p)).toList();
            if (!left.isEmpty()) {
                jdbc.sql("delete from journey_goal_search_members where search = :search and person_id = any(:people)")
                        .param("search", value).param("people", left.toArray(UUID[]::new)).update();
            }
            if (matching.isEmpty()) {
                continue;
            }
            List<UUID> entered = jdbc.sql("""
                    insert into journey_goal_search_members (search, person_id) select :search, unnest(:people)
                    on conflict do nothing returning person_id""")
                    .param("search", value).param("people", matching.toArray(UUID[]::new)).query(UUID.class).list();
            goals.achieveGoals("entered_search", value, entered);
        }
    }
}
