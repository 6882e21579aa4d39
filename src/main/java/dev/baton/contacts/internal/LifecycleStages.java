package dev.baton.contacts.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.contacts.LifecycleStage;
import dev.baton.platform.api.InvalidInputException;

/** The ordered list of lifecycle stages. */
@Component
public class LifecycleStages {

    private final JdbcClient jdbc;

    LifecycleStages(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
