package dev.baton.processes.internal;

import dev.baton.identity.User;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.Branch;
import dev.baton.processes.GlossaryChange;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Review;
import dev.baton.processes.Step;
import dev.baton.processes.TermUse;
import dev.baton.segments.QuerySyntaxException;
import dev.baton.segments.Searches;
import dev.baton.segments.TermCriteria;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace glossary: terms, where they are used, and changes to them signed off before they apply. */
@Service
public class GlossaryBook implements TermCriteria {

    @Override
    public Optional<String> criterion(String term) {
        return find(term).map(GlossaryTerm::criterion);
    }

    /** What a term is: its key, words and criterion, as proposed or as added. */
    public record TermSpec(String key, String name, String definition, String criterion, String owner, String comment) {
    }

    private final JdbcClient jdbc;
    private final DocumentLibrary library;
    private final Searches searches;
    private final Clock clock;

    GlossaryBook(JdbcClient jdbc, DocumentLibrary library, Searches searches, Clock clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.searches = searches;
        this.clock = clock;
    }

    public List<GlossaryTerm> terms() {
        return jdbc.sql("select key, name, definition, criterion, owner, version, updated_at from glossary_terms order by name")
                .query(GlossaryBook::mapTerm).list();
    }

    public Optional<GlossaryTerm> find(String key) {
        return jdbc.sql("select key, name, definition, criterion, owner, version, updated_at from glossary_terms where key = :key")
                .param("key", key).query(GlossaryBook::mapTerm).optional();
    }

    public GlossaryTerm term(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("glossary term", key));
    }

    /** Adds a new term at once: nothing relies on a word before it exists. */
    @Transactional
    public GlossaryTerm add(TermSpec spec) {
        check(spec);
        if (find(spec.key()).isPresent()) {
            throw new ConflictException("The glossary has a term " + spec.key() + " already: propose a change to it.");
        }
        jdbc.sql("""
                insert into glossary_terms (key, name, definition, criterion, owner, updated_at)
                values (:key, :name, :definition, :criterion, :owner, :now)""")
                .param("key", spec.key()).param("name", spec.name().trim()).param("definition", spec.definition().trim())
                .param("criterion", blankToNull(spec.criterion())).param("owner", spec.owner())
                .param("now", Timestamp.from(clock.instant())).update();
        return term(spec.key());
    }

    /** Proposes a new wording of a term; it applies once every approver role has approved it. */
    @Transactional
    public GlossaryChange propose(String key, TermSpec spec, User by) {
        GlossaryTerm current = term(key);
        TermSpec full = new TermSpec(key, spec.name() == null ? current.name() : spec.name(),
                spec.definition() == null ? current.definition() : spec.definition(),
                spec.criterion() == null ? current.criterion() : spec.criterion(), spec.owner() == null ? current.owner() : spec.owner(),
                spec.comment());
        check(full);
        Set<String> approvers = new LinkedHashSet<>();
        approvers.add(current.owner());
        for (TermUse use : whereUsed(key)) {
            if (use.kind().equals("document") && use.version() != null) {
                library.summary(use.document()).map(s -> s.owner()).filter(o -> o != null).ifPresent(approvers::add);
            }
        }
        UUID id = Ids.next();
        jdbc.sql("""
                insert into glossary_changes (id, term, name, definition, criterion, owner, state, approvers, proposed_by, comment, created_at)
                values (:id, :term, :name, :definition, :criterion, :owner, 'in_review', :approvers, :by, :comment, :now)""")
                .param("id", id).param("term", key).param("name", full.name().trim()).param("definition", full.definition().trim())
                .param("criterion", blankToNull(full.criterion())).param("owner", full.owner())
                .param("approvers", approvers.toArray(String[]::new)).param("by", by == null ? null : by.id())
                .param("comment", spec.comment()).param("now", Timestamp.from(clock.instant())).update();
        return change(id);
    }

    @Transactional
    public GlossaryChange approve(UUID changeId, User by, String comment) {
        GlossaryChange change = openChange(changeId);
        List<String> deciding = change.waitingFor().stream().filter(by.roles()::contains).toList();
        if (deciding.isEmpty()) {
            throw refusal(change, by);
        }
        deciding.forEach(role -> review(changeId, role, "approved", comment, by));
        GlossaryChange now = change(changeId);
        if (now.waitingFor().isEmpty()) {
            jdbc.sql("""
                    update glossary_terms set name = :name, definition = :definition, criterion = :criterion, owner = :owner,
                           version = version + 1, updated_at = :now where key = :key""")
                    .param("name", now.name()).param("definition", now.definition()).param("criterion", now.criterion())
                    .param("owner", now.owner()).param("now", Timestamp.from(clock.instant())).param("key", now.term()).update();
            decide(changeId, "applied");
        }
        return change(changeId);
    }

    @Transactional
    public GlossaryChange requestChanges(UUID changeId, User by, String comment) {
        GlossaryChange change = openChange(changeId);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", comment, "say what should change");
        }
        List<String> mine = change.approvers().stream().filter(by.roles()::contains).toList();
        if (mine.isEmpty()) {
            throw refusal(change, by);
        }
        mine.forEach(role -> review(changeId, role, "changes_requested", comment, by));
        decide(changeId, "changes_requested");
        return change(changeId);
    }

    public GlossaryChange change(UUID id) {
        List<Review> reviews = jdbc.sql("""
                select 1, r.role, r.decision, r.comment, r.user_id, u.display_name, r.at from glossary_reviews r
                left join users u on u.id = r.user_id where r.change_id = :id order by r.at""")
                .param("id", id)
                .query((rs, n) -> new Review(1, rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return jdbc.sql("""
                select id, term, name, definition, criterion, owner, state, approvers, proposed_by, comment, created_at, decided_at
                from glossary_changes where id = :id""")
                .param("id", id).query((rs, n) -> mapChange(rs, reviews)).optional()
                .orElseThrow(() -> new NotFoundException("glossary change", id));
    }

    public List<GlossaryChange> changes(String term) {
        return jdbc.sql("select id from glossary_changes where term = :term order by created_at desc").param("term", term)
                .query(UUID.class).list().stream().map(this::change).toList();
    }

    /** The documents that list the term, the gates that test it (newest version of each document), and saved searches naming it. */
    public List<TermUse> whereUsed(String key) {
        term(key);
        List<TermUse> uses = new ArrayList<>();
        for (ProcessVersion v : library.newest()) {
            if (v.body().glossary().contains(key)) {
                uses.add(new TermUse("document", v.document(), v.body().name(), v.number(), null, null));
            }
            for (Step step : v.body().steps()) {
                if (step.branches().stream().map(Branch::term).anyMatch(key::equals)) {
                    uses.add(new TermUse("gate", v.document(), v.body().name(), v.number(), step.key(), step.name()));
                }
            }
        }
        searches.savedSearchesUsingTerm(key).forEach(name -> uses.add(new TermUse("search", null, name, null, null, null)));
        return uses;
    }

    private void check(TermSpec spec) {
        if (spec.key() == null || !spec.key().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidInputException("key", spec.key(), "must be lower-case words joined by dashes, like mql");
        }
        if (spec.name() == null || spec.name().isBlank()) {
            throw new InvalidInputException("name", spec.name(), "is required");
        }
        if (spec.definition() == null || spec.definition().isBlank()) {
            throw new InvalidInputException("definition", spec.definition(), "is required: say in words what the term means");
        }
        if (spec.owner() == null || spec.owner().isBlank()) {
            throw new InvalidInputException("owner", spec.owner(), "is required: the role that answers for the term");
        }
        if (spec.criterion() != null && !spec.criterion().isBlank()) {
            try {
                searches.checkPeopleQuery(spec.criterion());
            } catch (QuerySyntaxException e) {
                throw new InvalidInputException("criterion", spec.criterion(), e.getMessage());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new dev.baton.platform.api.FieldProblem("criterion", p.value(), p.message())).toList());
            }
        }
    }

    private GlossaryChange openChange(UUID id) {
        GlossaryChange change = change(id);
        if (!change.state().equals("in_review")) {
            throw new ConflictException("This change is " + change.state().replace('_', ' ') + "; only a change in review is decided on.");
        }
        return change;
    }

    private static AccessDeniedException refusal(GlossaryChange change, User by) {
        return new AccessDeniedException("Only the roles that sign off this change decide on it: "
                + String.join(", ", change.approvers()) + (change.waitingFor().isEmpty() ? "" : "; waiting for "
                + String.join(", ", change.waitingFor())) + ".");
    }

    private void review(UUID changeId, String role, String decision, String comment, User by) {
        jdbc.sql("""
                insert into glossary_reviews (change_id, role, decision, comment, user_id, at)
                values (:id, :role, :decision, :comment, :user, :at)""")
                .param("id", changeId).param("role", role).param("decision", decision).param("comment", comment)
                .param("user", by.id()).param("at", Timestamp.from(clock.instant())).update();
    }

    private void decide(UUID changeId, String state) {
        jdbc.sql("update glossary_changes set state = :state, decided_at = :now where id = :id").param("state", state)
                .param("now", Timestamp.from(clock.instant())).param("id", changeId).update();
    }

    private static GlossaryTerm mapTerm(ResultSet rs, int n) throws SQLException {
        return new GlossaryTerm(rs.getString("key"), rs.getString("name"), rs.getString("definition"), rs.getString("criterion"),
                rs.getString("owner"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
    }

    private static GlossaryChange mapChange(ResultSet rs, List<Review> reviews) throws SQLException {
        List<String> approvers = List.of((String[]) rs.getArray("approvers").getArray());
        Set<String> approved = new LinkedHashSet<>();
        reviews.stream().filter(r -> r.decision().equals("approved")).forEach(r -> approved.add(r.role()));
        List<String> waiting = approvers.stream().filter(a -> !approved.contains(a)).toList();
        Timestamp decided = rs.getTimestamp("decided_at");
        return new GlossaryChange(rs.getObject("id", UUID.class), rs.getString("term"), rs.getString("name"),
                rs.getString("definition"), rs.getString("criterion"), rs.getString("owner"), rs.getString("state"), approvers,
                rs.getString("state").equals("in_review") ? waiting : List.of(), rs.getObject("proposed_by", UUID.class),
                rs.getString("comment"), rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
                reviews);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
