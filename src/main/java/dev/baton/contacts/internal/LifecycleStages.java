package dev.baton.contacts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.contacts.LifecycleStage;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;

/** The ordered list of lifecycle stages. */
@Component
public class LifecycleStages {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LifecycleStages(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A stage as a settings page or the API writes it. */
    public record StageSpec(String key, String name) {
    }

    /**
     * Replaces the ordered list: stages are added, renamed and reordered; a stage is removed only
     * when nobody is at it (409 naming it otherwise). Keys never change, since history and saved
     * searches refer to them.
     */
    @Transactional
    public List<LifecycleStage> replace(List<StageSpec> wanted) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<StageSpec> given = wanted == null ? List.of() : wanted;
        if (given.isEmpty()) {
            problems.add(new FieldProblem("stages", null, "must hold at least one stage"));
        }
        for (int i = 0; i < given.size(); i++) {
            StageSpec stage = given.get(i);
            String key = stage == null ? null : stage.key();
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(new FieldProblem("stages[" + i + "].key", key, "must be lower-case letters, digits and _ , starting with a letter"));
            } else if (!keys.add(key)) {
                problems.add(new FieldProblem("stages[" + i + "].key", key, "is listed twice"));
            }
            if (stage == null || stage.name() == null || stage.name().isBlank()) {
                problems.add(new FieldProblem("stages[" + i + "].name", null, "must not be blank"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<LifecycleStage> before = all();
        List<String> removed = before.stream().map(LifecycleStage::key).filter(k -> !keys.contains(k)).toList();
        if (!removed.isEmpty()) {
            jdbc.sql("lock table lifecycle_stages in exclusive mode").update();
            List<String> inUse = jdbc.sql("""
                    select lifecycle_stage || ' (' || count(*) || ' people)' from people
                    where lifecycle_stage = any(:removed) group by lifecycle_stage order by lifecycle_stage""")
                    .param("removed", removed.toArray(String[]::new)).query(String.class).list();
            if (!inUse.isEmpty()) {
                throw new ConflictException("a stage people are at cannot be removed: " + String.join(", ", inUse)
                        + "; move them to another stage first");
            }
            jdbc.sql("delete from lifecycle_stages where key = any(:removed)").param("removed", removed.toArray(String[]::new)).update();
        }
        jdbc.sql("update lifecycle_stages set position = -position").update();
        for (int i = 0; i < given.size(); i++) {
            jdbc.sql("""
                    insert into lifecycle_stages (key, name, position) values (:key, :name, :position)
                    on conflict (key) do update set name = excluded.name, position = excluded.position""")
                    .param("key", given.get(i).key()).param("name", given.get(i).name().trim()).param("position", (i + 1) * 10)
                    .update();
        }
        List<LifecycleStage> after = all();
        audit.record("lifecycle-stages.changed", "lifecycle-stages", "workspace", Map.of(
                "before", before.stream().map(LifecycleStage::key).toList(), "after", after.stream().map(LifecycleStage::key).toList()));
        return after;
    }

    public List<LifecycleStage> all() {
        return jdbc.sql("select key, name, position from lifecycle_stages order by position")
                .query((rs, n) -> new LifecycleStage(rs.getString("key"), rs.getString("name"), rs.getInt("position"))).list();
    }

    /** The first stage: where a person starts when no stage is given. */
    public String first() {
        return all().get(0).key();
    }

    public void check(String field, String stage) {
        List<LifecycleStage> stages = all();
        if (stages.stream().noneMatch(s -> s.key().equals(stage))) {
            throw new InvalidInputException(field, stage, "is not a lifecycle stage; the stages are "
                    + stages.stream().map(LifecycleStage::key).collect(Collectors.joining(", ")));
        }
    }
}
