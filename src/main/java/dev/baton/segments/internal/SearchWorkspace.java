package dev.baton.segments.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.CustomField;
import dev.baton.contacts.LifecycleStage;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.segments.SearchObject;
import dev.baton.segments.TermCriteria;

/**
 * What one compilation reads of the workspace, each part once and only if the query names it.
 * Pipelines and stages are read from the deals tables, read-only (docs/segments.md).
 */
final class SearchWorkspace implements Compiler.Workspace {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final Identity identity;
    private final Map<String, List<CustomField>> fields = new HashMap<>();
    private List<LifecycleStage> stages;
    private List<String> pipelines;
    private List<String> dealStages;

    private final TermCriteria terms;

    SearchWorkspace(JdbcClient jdbc, Contacts contacts, Identity identity, TermCriteria terms) {
        this.terms = terms;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.identity = identity;
    }

    @Override
    public List<LifecycleStage> lifecycleStages() {
        if (stages == null) {
            stages = contacts.lifecycleStages();
        }
        return stages;
    }

    @Override
    public List<CustomField> customFields(String object) {
        return fields.computeIfAbsent(object, contacts::customFields);
    }

    @Override
    public List<String> pipelines() {
        if (pipelines == null) {
            pipelines = jdbc.sql("select name from pipelines order by position, lower(name)").query(String.class).list();
        }
        return pipelines;
    }

    @Override
    public List<String> dealStages() {
        if (dealStages == null) {
            dealStages = List.copyOf(new LinkedHashSet<>(jdbc.sql("""
                    select s.key from pipeline_stages s join pipelines pl on pl.id = s.pipeline_id
                    order by pl.position, s.position""").query(String.class).list()));
        }
        return dealStages;
    }

    @Override
    public Optional<UUID> user(String email) {
        return identity.userByEmail(email).map(User::id);
    }

    @Override
    public Optional<Compiler.SavedQuery> savedSearch(String name) {
        return jdbc.sql("select query, object from segments where lower(name) = lower(:name)").param("name", name)
                .query((rs, row) -> new Compiler.SavedQuery(rs.getString("query"), SearchObject.of(rs.getString("object"))))
                .optional();
    }

    @Override
    public Optional<String> termCriterion(String term) {
        return terms == null ? Optional.empty() : terms.criterion(term);
    }
}
