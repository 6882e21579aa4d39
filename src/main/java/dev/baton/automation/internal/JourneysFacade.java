package dev.baton.automation.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.automation.JourneyPlan;
import dev.baton.automation.Journeys;

@Service
class JourneysFacade implements Journeys {

    private final JourneyBook book;
    private final JourneyGoals goals;

    JourneysFacade(JourneyBook book, JourneyGoals goals) {
        this.book = book;
        this.goals = goals;
    }

    @Override
    public int deploy(String key, String name, JourneyPlan plan, boolean reentry) {
        return book.deploy(key, name, plan, reentry);
    }

    @Override
    public int enroll(String key, Collection<UUID> people) {
        return book.enroll(key, people);
    }

    @Override
    public int achieveGoal(String goal, Collection<UUID> people) {
        return goals.achieveGoal(goal, people);
    }
}
