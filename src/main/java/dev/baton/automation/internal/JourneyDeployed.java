package dev.baton.automation.internal;

import dev.baton.automation.JourneyPlan;

/**
 * A journey version was deployed; published in the deploying transaction so that triggers which
 * enroll from what already is (a date ahead, a saved search) do so in it.
 */
record JourneyDeployed(int journey, String key, int version, boolean reentry, JourneyPlan plan) {
}
