package dev.baton.automation;

import java.util.List;

/**
 * What the journey runner runs: nodes in order, each going on to the next one unless it names
 * another ({@code next}, a node key). A published campaign document compiles to a plan.
 *
 * <ul>
 * <li>{@code tag}, {@code untag} — {@code tag}: the tag</li>
 * <li>{@code email} — {@code template}: an email template's key</li>
 * <li>{@code wait} — {@code duration}: ISO 8601, e.g. PT0S, PT2H, P3D</li>
 * <li>{@code goal} — {@code goal}: the goal's key; a person who reaches it leaves every step before it</li>
 * <li>{@code exit} — {@code outcome}: completed, won, lost, disqualified, recycled</li>
 * </ul>
 */
public record JourneyPlan(List<Node> nodes) {

    /** One step of a plan. */
    public record Node(String key, String type, String tag, String template, String duration, String goal, String outcome,
            String next) {

        public static Node tag(String key, String tag) {
            return new Node(key, "tag", tag, null, null, null, null, null);
        }

        public static Node untag(String key, String tag) {
            return new Node(key, "untag", tag, null, null, null, null, null);
        }

        public static Node email(String key, String template) {
            return new Node(key, "email", null, template, null, null, null, null);
        }

        public static Node waitFor(String key, String duration) {
            return new Node(key, "wait", null, null, duration, null, null, null);
        }

        public static Node goal(String key, String goal) {
            return new Node(key, "goal", null, null, null, goal, null, null);
        }

        public static Node exit(String key, String outcome) {
            return new Node(key, "exit", null, null, null, null, outcome, null);
        }
    }
}
