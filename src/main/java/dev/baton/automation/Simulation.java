package dev.baton.automation;

import dev.baton.marketing.EmailPreview;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A process document tried on test people with a virtual clock, before it goes live: the path each
 * took, the emails they would get (rendered), the tasks that would be made, and where they would
 * wait. Nothing is sent, written or changed.
 */
public record Simulation(String document, Integer version, Instant start, List<Run> people) {

    /** One test person's way through the document; {@code waitingAt} is the step where they would stay, if any. */
    public record Run(UUID person, String name, List<Passage> path, String outcome, String waitingAt) {
    }

    /**
     * A step the person reached at a (virtual) time: what happened there, the email they would get or
     * the task that would be made.
     */
    public record Passage(String step, String name, String type, Instant at, String note, EmailPreview email, Task task) {
    }

    /** A task the step would make: for a role (or the person's owner), due by its SLA. */
    public record Task(String title, String role, Instant due) {
    }
}
