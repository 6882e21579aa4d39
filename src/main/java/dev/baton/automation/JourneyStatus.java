package dev.baton.automation;

import java.util.List;

/** A journey, its newest version, and live counts per step of every version people are on. */
public record JourneyStatus(String key, String name, String status, boolean reentry, int version, List<StepCount> steps) {

    /** How many entered a step, are waiting at it, are done with it and failed at it. */
    public record StepCount(int version, String node, String type, long entered, long waiting, long done, long failed) {
    }
}
