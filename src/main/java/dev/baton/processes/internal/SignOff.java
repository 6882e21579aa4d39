package dev.baton.processes.internal;

import dev.baton.identity.User;
import dev.baton.platform.api.ConflictException;
import dev.baton.processes.DocumentState;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessPublished;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Review;
import dev.baton.processes.Stakeholder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The road from draft to published: a draft that lints without errors goes to review; every
 * stakeholder role with R or A approves it or asks for changes (which sends it back to draft for
 * another round); an approved version is published, numbered, and replaces the one before.
 */
@Service
public class SignOff {

    private final DocumentLibrary library;
    private final Linting linting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOff(DocumentLibrary library, Linting linting, ApplicationEventPublisher events, Clock clock) {
        this.library = library;
        this.linting = linting;
        this.events = events;
        this.clock = clock;
    }

    /** The roles whose approval a document needs, in the order its stakeholders list them. */
    public static List<String> approvers(ProcessVersion version) {
        Set<String> roles = new LinkedHashSet<>();
        for (Stakeholder s : version.body().stakeholders()) {
            if (s.signsOff() && s.role() != null) {
                roles.add(s.role());
            }
        }
        return List.copyOf(roles);
    }

    /** The approver roles that have not yet approved in the current round. */
    public List<String> waitingFor(ProcessVersion version) {
        Set<String> approved = new LinkedHashSet<>();
        for (Review r : library.reviews(version.id())) {
            if (r.round() == version.round() && r.decision().equals("approved")) {
                approved.add(r.role());
            }
        }
        return approvers(version).stream().filter(role -> !approved.contains(role)).toList();
    }

    @Transactional
    public ProcessVersion submit(String key, String ref, User by) {
        ProcessVersion version = library.version(key, ref);
        requireState(version, DocumentState.DRAFT, "send to review");
        List<LintProblem> errors = linting.check(version.body()).stream().filter(LintProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ConflictException("The document has " + errors.size() + " lint error" + (errors.size() == 1 ? "" : "s")
                    + " to fix before it can be reviewed.", errors);
        }
        if (approvers(version).isEmpty()) {
            throw new ConflictException("No stakeholder signs the document off: give at least one stakeholder R or A.");
        }
        library.changeState(version.id(), DocumentState.IN_REVIEW);
        library.record(key, version.id(), "sent to review", id(by), null);
        return library.version(version.id());
    }

    /** Approves for every approver role the user wears that has not yet approved in this round. */
    @Transactional
    public ProcessVersion approve(String key, String ref, User by, String comment) {
        ProcessVersion version = library.version(key, ref);
        requireState(version, DocumentState.IN_REVIEW, "approve");
        List<String> mine = mine(version, by);
        List<String> waiting = waitingFor(version);
        List<String> deciding = mine.stream().filter(waiting::contains).toList();
        if (deciding.isEmpty()) {
            throw new ConflictException("You have already approved this round for " + String.join(", ", mine) + ".");
        }
        for (String role : deciding) {
            library.review(version.id(), version.round(), role, "approved", comment, by.id());
        }
        library.record(key, version.id(), "approved as " + String.join(", ", deciding), by.id(), comment);
        if (waitingFor(version).isEmpty()) {
            library.changeState(version.id(), DocumentState.APPROVED);
            library.record(key, version.id(), "approved by every stakeholder", null, null);
        }
        return library.version(version.id());
    }

    /** A stakeholder asks for changes: the version goes back to draft and the next review starts a new round. */
    @Transactional
    public ProcessVersion requestChanges(String key, String ref, User by, String comment) {
        ProcessVersion version = library.version(key, ref);
        requireState(version, DocumentState.IN_REVIEW, "request changes to");
        if (comment == null || comment.isBlank()) {
            throw new dev.baton.platform.api.InvalidInputException("comment", comment, "say what should change");
        }
        List<String> mine = mine(version, by);
        for (String role : mine) {
            library.review(version.id(), version.round(), role, "changes_requested", comment, by.id());
        }
        library.nextRound(version.id());
        library.record(key, version.id(), "changes requested as " + String.join(", ", mine), by.id(), comment);
        return library.version(version.id());
    }

    @Transactional
    public ProcessVersion publish(String key, String ref, User by) {
        ProcessVersion version = library.version(key, ref);
        requireState(version, DocumentState.APPROVED, "publish");
        int number = library.publish(version);
        library.record(key, version.id(), "published as version " + number, id(by), null);
        ProcessVersion published = library.version(version.id());
        events.publishEvent(new ProcessPublished(key, published.id(), number, published.body().kind(), published.body(),
                clock.instant()));
        return published;
    }

    @Transactional
    public ProcessVersion retire(String key, String ref, User by) {
        ProcessVersion version = library.version(key, ref);
        requireState(version, DocumentState.PUBLISHED, "retire");
        library.changeState(version.id(), DocumentState.RETIRED);
        library.unpublish(key);
        library.record(key, version.id(), "retired", id(by), null);
        return library.version(version.id());
    }

    private static List<String> mine(ProcessVersion version, User by) {
        List<String> mine = new ArrayList<>(approvers(version));
        mine.retainAll(by.roles());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Only the stakeholders who sign this document off decide on it: "
                    + String.join(", ", approvers(version)) + ".");
        }
        return mine;
    }

    static void requireState(ProcessVersion version, String state, String what) {
        if (!version.state().equals(state)) {
            String name = version.number() == null ? "this draft" : "version " + version.number();
            String hint = switch (version.state()) {
                case DocumentState.PUBLISHED, DocumentState.RETIRED -> " Published versions never change: draft a new one.";
                case DocumentState.IN_REVIEW -> " It is in review: wait for the stakeholders, or have one ask for changes.";
                case DocumentState.DRAFT -> " Send it to review and have every stakeholder approve it first.";
                default -> "";
            };
            throw new ConflictException("Cannot " + what + " " + name + ": it is " + version.state().replace('_', ' ')
                    + ", and only a version that is " + state.replace('_', ' ') + " can be." + hint);
        }
    }

    private static UUID id(User user) {
        return user == null ? null : user.id();
    }
}
