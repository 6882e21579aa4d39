package dev.baton.automation.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions deployed to the engine: which process definition is which document version, and what starts it. */
@Repository
class WorkflowVersions {

    /** A deployed version. */
    record Deployed(UUID version, String document, int number, String name, String triggerEvent, String triggerValue,
            Instant publishedAt, String definition) {
    }

    private static final String COLUMNS = "version, document, number, name, trigger_event, trigger_value, published_at, definition";

    private final JdbcClient jdbc;

    WorkflowVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean has(UUID version) {
        return jdbc.sql("select count(*) from workflow_versions where version = :v").param("v", version).query(Long.class).single() > 0;
    }

    void add(Deployed deployed, String deployment, Instant at) {
        jdbc.sql("""
                insert into workflow_versions (version, document, number, name, trigger_event, trigger_value, published_at,
                    deployment, definition, deployed_at)
                values (:version, :document, :number, :name, :event, :value, :published, :deployment, :definition, :at)""")
                .param("version", deployed.version()).param("document", deployed.document()).param("number", deployed.number())
                .param("name", deployed.name()).param("event", deployed.triggerEvent()).param("value", deployed.triggerValue())
                .param("published", Timestamp.from(deployed.publishedAt())).param("deployment", deployment)
                .param("definition", deployed.definition()).param("at", Timestamp.from(at)).update();
    }

    /** The newest deployed version of each document whose trigger is this event with this value. */
    List<Deployed> startedBy(String event, String value) {
        return jdbc.sql("select * from (select distinct on (document) " + COLUMNS + " from workflow_versions order by document, number desc) "
                + "newest where trigger_event = :event and trigger_value is not distinct from :value order by document")
                .param("event", event).param("value", value).query(WorkflowVersions::row).list();
    }

    Optional<Deployed> newest(String document) {
        return jdbc.sql("select " + COLUMNS + " from workflow_versions where document = :d order by number desc limit 1")
                .param("d", document).query(WorkflowVersions::row).optional();
    }

    Optional<Deployed> ofDefinition(String definition) {
        return jdbc.sql("select " + COLUMNS + " from workflow_versions where definition = :d").param("d", definition)
                .query(WorkflowVersions::row).optional();
    }

    List<Deployed> all() {
        return jdbc.sql("select " + COLUMNS + " from workflow_versions order by document, number").query(WorkflowVersions::row).list();
    }

    /** Serialises deploying and starting per document and record across nodes, until the transaction ends. */
    void lock(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))").param("name", name).query(Object.class).list();
    }

    private static Deployed row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Deployed(rs.getObject("version", UUID.class), rs.getString("document"), rs.getInt("number"), rs.getString("name"),
                rs.getString("trigger_event"), rs.getString("trigger_value"), rs.getTimestamp("published_at").toInstant(),
                rs.getString("definition"));
    }
}
