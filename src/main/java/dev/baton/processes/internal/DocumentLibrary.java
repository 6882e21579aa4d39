package dev.baton.processes.internal;

import dev.baton.platform.Ids;
import dev.baton.platform.api.NotFoundException;
import dev.baton.processes.DocumentState;
import dev.baton.processes.HistoryEntry;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessSummary;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Review;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Where process documents, their versions, review decisions and history are kept. */
@Repository
public class DocumentLibrary {

    private static final String VERSION_COLUMNS = """
            id, document, number, state, title, base, author, round, version, created_at, updated_at, published_at, body::text as body""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    DocumentLibrary(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public boolean exists(String key) {
        return jdbc.sql("select count(*) from process_documents where key = :key").param("key", key).query(Long.class).single() > 0;
    }

    public List<ProcessSummary> summaries() {
        return jdbc.sql("select key, name, level, parent, owner, kind, published from process_documents order by level, name")
                .query((rs, n) -> new ProcessSummary(rs.getString("key"), rs.getString("name"), rs.getString("level"),
                        rs.getString("parent"), rs.getString("owner"), rs.getString("kind"), (Integer) rs.getObject("published")))
                .list();
    }

    public Optional<ProcessSummary> summary(String key) {
        return summaries().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Adds a document with its first draft. */
    public ProcessVersion create(ProcessDocument body, String title, UUID author) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into process_documents (key, name, level, parent, owner, kind, created_at, updated_at)
                values (:key, :name, :level, :parent, :owner, :kind, :now, :now)""")
                .param("key", body.key()).param("name", nameOf(body)).param("level", body.level()).param("parent", body.parent())
                .param("owner", body.owner()).param("kind", body.kind()).param("now", now).update();
        return insertVersion(body.key(), body, title, null, author);
    }

    public ProcessVersion insertVersion(String key, ProcessDocument body, String title, UUID base, UUID author) {
        UUID id = Ids.next();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into process_versions (id, document, state, title, body, base, author, created_at, updated_at)
                values (:id, :document, 'draft', :title, cast(:body as jsonb), :base, :author, :now, :now)""")
                .param("id", id).param("document", key).param("title", title).param("body", json.writeValueAsString(body))
                .param("base", base).param("author", author).param("now", now).update();
        return version(id);
    }

    public ProcessVersion version(UUID id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where id = :id").param("id", id)
                .query(this::mapVersion).optional().orElseThrow(() -> new NotFoundException("process version", id));
    }

    /**
     * A version by what a person calls it: its id, its number ("3"), {@code published} (the current
     * published one) or {@code latest} (the newest of any state).
     */
    public ProcessVersion version(String key, String ref) {
        if (!exists(key)) {
            throw new NotFoundException("process document", key);
        }
        Optional<ProcessVersion> found;
        if (ref.equals("latest")) {
            found = jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where document = :key and state <> 'merged' "
                    + "order by created_at desc, id desc limit 1").param("key", key).query(this::mapVersion).optional();
        } else if (ref.equals("published")) {
            found = jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where document = :key and state = 'published' "
                    + "order by number desc limit 1").param("key", key).query(this::mapVersion).optional();
        } else if (ref.matches("v?\\d{1,9}")) {
            found = jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where document = :key and number = :number")
                    .param("key", key).param("number", Integer.parseInt(ref.replace("v", ""))).query(this::mapVersion).optional();
        } else {
            UUID id;
            try {
                id = UUID.fromString(ref);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("version of " + key, ref);
            }
            found = jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where document = :key and id = :id")
                    .param("key", key).param("id", id).query(this::mapVersion).optional();
        }
        return found.orElseThrow(() -> new NotFoundException("version of " + key, ref));
    }

    public List<ProcessVersion> versions(String key) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where document = :key order by created_at, id")
                .param("key", key).query(this::mapVersion).list();
    }

    /** The newest published version of every document (what runs, what the handbooks are written from). */
    public List<ProcessVersion> published() {
        return jdbc.sql("select " + VERSION_COLUMNS + " from process_versions where state = 'published' order by document")
                .query(this::mapVersion).list();
    }

    /** The newest version of every document, published or not (what lint checks references against). */
    public List<ProcessVersion> newest() {
        return jdbc.sql("select distinct on (document) " + VERSION_COLUMNS + " from process_versions where state <> 'merged' "
                + "order by document, created_at desc, id desc").query(this::mapVersion).list();
    }

    public ProcessVersion saveBody(ProcessVersion draft, ProcessDocument body, String title) {
        jdbc.sql("""
                update process_versions set body = cast(:body as jsonb), title = :title, version = version + 1, updated_at = :now
                where id = :id""")
                .param("body", json.writeValueAsString(body)).param("title", title).param("now", Timestamp.from(clock.instant()))
                .param("id", draft.id()).update();
        describe(body);
        return version(draft.id());
    }

    /** Keeps the document's row in step with what its newest version says of it. */
    public void describe(ProcessDocument body) {
        jdbc.sql("""
                update process_documents set name = :name, level = :level, parent = :parent, owner = :owner, kind = :kind,
                       updated_at = :now where key = :key""")
                .param("key", body.key()).param("name", nameOf(body)).param("level", body.level()).param("parent", body.parent())
                .param("owner", body.owner()).param("kind", body.kind()).param("now", Timestamp.from(clock.instant())).update();
    }

    public void changeState(UUID id, String state) {
        jdbc.sql("update process_versions set state = :state, version = version + 1, updated_at = :now where id = :id")
                .param("state", state).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    public void nextRound(UUID id) {
        jdbc.sql("update process_versions set state = 'draft', round = round + 1, version = version + 1, updated_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    /** Numbers a version, marks it published and retires the one it replaces; returns its number. */
    public int publish(ProcessVersion approved) {
        Instant now = clock.instant();
        jdbc.sql("update process_versions set state = 'retired', version = version + 1, updated_at = :now "
                + "where document = :key and state = 'published'")
                .param("key", approved.document()).param("now", Timestamp.from(now)).update();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from process_versions where document = :key")
                .param("key", approved.document()).query(Integer.class).single();
        jdbc.sql("""
                update process_versions set state = 'published', number = :number, published_at = :now, version = version + 1,
                       updated_at = :now where id = :id""")
                .param("number", number).param("now", Timestamp.from(now)).param("id", approved.id()).update();
        jdbc.sql("update process_documents set published = :number, updated_at = :now where key = :key")
                .param("number", number).param("now", Timestamp.from(now)).param("key", approved.document()).update();
        return number;
    }

    public void unpublish(String key) {
        jdbc.sql("update process_documents set published = null where key = :key").param("key", key).update();
    }

    public void review(UUID version, int round, String role, String decision, String comment, UUID user) {
        jdbc.sql("""
                insert into process_reviews (version_id, round, role, decision, comment, user_id, at)
                values (:version, :round, :role, :decision, :comment, :user, :at)""")
                .param("version", version).param("round", round).param("role", role).param("decision", decision)
                .param("comment", comment).param("user", user).param("at", Timestamp.from(clock.instant())).update();
    }

    public List<Review> reviews(UUID version) {
        return jdbc.sql("""
                select r.round, r.role, r.decision, r.comment, r.user_id, u.display_name, r.at from process_reviews r
                left join users u on u.id = r.user_id where r.version_id = :version order by r.at, r.role""")
                .param("version", version)
                .query((rs, n) -> new Review(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public void record(String key, UUID version, String action, UUID actor, String comment) {
        jdbc.sql("""
                insert into process_history (document, version_id, action, actor, comment, at)
                values (:key, :version, :action, :actor, :comment, :at)""")
                .param("key", key).param("version", version).param("action", action).param("actor", actor)
                .param("comment", comment).param("at", Timestamp.from(clock.instant())).update();
    }

    public List<HistoryEntry> history(String key) {
        return jdbc.sql("""
                select h.id, h.document, h.version_id, v.number, h.action, h.actor, u.display_name, h.comment, h.at
                from process_history h left join process_versions v on v.id = h.version_id left join users u on u.id = h.actor
                where h.document = :key order by h.id""")
                .param("key", key)
                .query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    private ProcessVersion mapVersion(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ProcessVersion(rs.getObject("id", UUID.class), rs.getString("document"), (Integer) rs.getObject("number"),
                rs.getString("state"), rs.getString("title"), rs.getObject("base", UUID.class), rs.getObject("author", UUID.class),
                rs.getInt("round"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(),
                json.readValue(rs.getString("body"), ProcessDocument.class));
    }

    private static String nameOf(ProcessDocument body) {
        return body.name() == null || body.name().isBlank() ? body.key() : body.name();
    }

    static boolean isDraft(ProcessVersion version) {
        return DocumentState.DRAFT.equals(version.state());
    }
}
