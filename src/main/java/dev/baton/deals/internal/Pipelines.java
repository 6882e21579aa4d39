package dev.baton.deals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.deals.Pipeline;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/** Pipelines and their ordered stages. */
@Service
public class Pipelines {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** A stage as a caller writes it; outcome is open (default), won or lost. */
    public record StageSpec(String key, String name, Integer probability, String outcome) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Pipelines(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Pipeline> all() {
        return jdbc.sql("select id from pipelines order by position, name").query(UUID.class).list().stream().map(this::get).toList();
    }

    public Pipeline get(UUID id) {
        record Row(String name, String currency, long version) {
        }
        Row row = jdbc.sql("select name, currency, version from pipelines where id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getString("name"), rs.getString("currency"), rs.getLong("version"))).optional()
                .orElseThrow(() -> new NotFoundException("pipeline", id));
        List<Pipeline.Stage> stages = jdbc.sql("select * from pipeline_stages where pipeline_id = :id order by position")
                .param("id", id).query((rs, n) -> new Pipeline.Stage(rs.getObject("id", UUID.class), rs.getString("key"),
                        rs.getString("name"), rs.getInt("position"), rs.getInt("probability"), rs.getString("outcome"))).list();
        return new Pipeline(id, row.name(), row.currency(), stages, row.version());
    }

    @Transactional
    public Pipeline create(String name, String currency, List<StageSpec> stages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", name, "must not be blank"));
        }
        String money = currency == null ? "EUR" : currency;
        if (!CURRENCY.matcher(money).matches()) {
            problems.add(new FieldProblem("currency", currency, "must be an ISO 4217 code such as EUR or USD"));
        }
        checkStages(stages, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (jdbc.sql("select count(*) from pipelines where lower(name) = lower(:name)").param("name", name.trim()).query(Long.class).single() > 0) {
            throw new ConflictException("A pipeline named '" + name.trim() + "' already exists.");
        }
        UUID id = Ids.next(clock);
        jdbc.sql("""
                insert into pipelines (id, name, position, currency, created_at)
                values (:id, :name, (select coalesce(max(position), 0) + 10 from pipelines), :currency, :at)""")
                .param("id", id).param("name", name.trim()).param("currency", money).param("at", Timestamp.from(clock.instant())).update();
        for (int i = 0; i < stages.size(); i++) {
            StageSpec s = stages.get(i);
            jdbc.sql("""
                    insert into pipeline_stages (id, pipeline_id, key, name, position, probability, outcome)
                    values (:id, :pipeline, :key, :name, :position, :probability, :outcome)""")
                    .param("id", Ids.next(clock)).param("pipeline", id).param("key", s.key()).param("name", s.name().trim())
                    .param("position", (i + 1) * 10).param("probability", s.probability())
                    .param("outcome", s.outcome() == null ? "open" : s.outcome()).update();
        }
        audit.record("pipeline.created", "pipeline", id, Map.of("name", name.trim(), "stages", stages.stream().map(StageSpec::key).toList()));
        return get(id);
    }

    private static void checkStages(List<StageSpec> stages, List<FieldProblem> problems) {
        if (stages == null || stages.isEmpty()) {
            problems.add(new FieldProblem("stages", null, "a pipeline needs at least one open stage"));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            StageSpec s = stages.get(i);
            String at = "stages[" + i + "].";
            if (s.key() == null || !KEY.matcher(s.key()).matches() || !keys.add(s.key())) {
                problems.add(new FieldProblem(at + "key", s.key(), "must be unique in the pipeline, lower-case letters, digits, - and _"));
            }
            if (s.name() == null || s.name().isBlank()) {
                problems.add(new FieldProblem(at + "name", s.name(), "must not be blank"));
            }
            if (s.probability() == null || s.probability() < 0 || s.probability() > 100) {
                problems.add(new FieldProblem(at + "probability", String.valueOf(s.probability()), "must be 0 to 100"));
            }
            if (s.outcome() != null && !Set.of("open", "won", "lost").contains(s.outcome())) {
                problems.add(new FieldProblem(at + "outcome", s.outcome(), "must be open, won or lost"));
            }
        }
        if (stages.stream().noneMatch(s -> s.outcome() == null || "open".equals(s.outcome()))) {
            problems.add(new FieldProblem("stages", null, "a pipeline needs at least one open stage"));
        }
    }
}
