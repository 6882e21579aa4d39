package dev.baton.automation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.automation.JourneyStatus;
import dev.baton.automation.JourneyStatus.StepCount;

/**
 * A campaign's counts as its pages draw them: how many entered, are in it, finished and failed, and
 * per version people are on, each step with a bar as wide as its share of the busiest step.
 */
record CampaignFigures(JourneyStatus journey, long entered, long waiting, long finished, long failed, List<Version> versions) {

    /** The steps of one version of the campaign. */
    record Version(int number, boolean newest, List<StepBar> steps) {
    }

    /**
     * One step: its counts, the bar's width (percent of the version's busiest step) and the shares of
     * the bar that are done, waiting and failed (percent of those who entered).
     */
    record StepBar(String node, String name, String type, long entered, long waiting, long done, long failed, long width,
            long doneShare, long waitingShare, long failedShare) {
    }

    public boolean paused() {
        return "paused".equals(journey.status());
    }

    /** The figures of a journey; {@code names} gives a step's name by its key where the campaign's document has one. */
    static CampaignFigures of(JourneyStatus journey, Map<String, String> names) {
        Map<Integer, List<StepCount>> byVersion = new LinkedHashMap<>();
        journey.steps().forEach(s -> byVersion.computeIfAbsent(s.version(), v -> new ArrayList<>()).add(s));
        long entered = 0;
        long waiting = 0;
        long finished = 0;
        long failed = 0;
        List<Version> versions = new ArrayList<>();
        for (var entry : byVersion.entrySet().stream().sorted(Map.Entry.<Integer, List<StepCount>>comparingByKey().reversed()).toList()) {
            List<StepCount> steps = entry.getValue();
            entered += steps.get(0).entered();
            long busiest = Math.max(1, steps.stream().mapToLong(StepCount::entered).max().orElse(0));
            List<StepBar> bars = new ArrayList<>();
            for (StepCount s : steps) {
                waiting += s.waiting();
                failed += s.failed();
                finished += "exit".equals(s.type()) ? s.done() : 0;
                long of = Math.max(1, s.entered());
                bars.add(new StepBar(s.node(), names.getOrDefault(s.node(), s.node()), s.type(), s.entered(), s.waiting(), s.done(),
                        s.failed(), percent(s.entered(), busiest), percent(s.done(), of), percent(s.waiting(), of), percent(s.failed(), of)));
            }
            versions.add(new Version(entry.getKey(), entry.getKey() == journey.version(), bars));
        }
        return new CampaignFigures(journey, entered, waiting, finished, failed, versions);
    }

    private static long percent(long part, long whole) {
        return Math.round(100.0 * part / whole);
    }
}
