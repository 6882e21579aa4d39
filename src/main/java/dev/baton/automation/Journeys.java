package dev.baton.automation;

import java.util.Collection;
import java.util.UUID;

/** What other modules may ask of the journey runner. */
public interface Journeys {

    /**
     * Deploys a plan as the journey's next version (the first deploy creates the journey). People
     * already on a version stay on it; new enrollments take the newest. Returns the version number.
     */
    int deploy(String key, String name, JourneyPlan plan, boolean reentry);

    /** Enrolls people in one statement; those already in (or ever in, without re-entry) are left out. Returns how many entered. */
    int enroll(String key, Collection<UUID> people);

    /** People reached a goal: in every journey with that goal, they leave the steps before it and go on after it. */
    int achieveGoal(String goal, Collection<UUID> people);
}
