package dev.baton.automation.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.automation.JourneyPlan;
import dev.baton.automation.Journeys;

@Service
class JourneysFacade implements Journeys {

    private final JourneyBook book;

    JourneysFacade(JourneyBook book) {
        this.book = book;
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
        return book.achieveGoal(goal, people);
    }
}
