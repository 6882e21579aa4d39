package dev.baton.processes.internal.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A workspace held in maps, for lint tests: roles, fields, terms, templates, invalid queries and other documents. */
final class InMemoryWorkspace implements Workspace {

    record Document(String level, String parent, List<String> subprocesses) {
    }

    private final Map<String, String> roles = new LinkedHashMap<>();
    private final Set<String> fields = new HashSet<>();
    private final Set<String> terms = new HashSet<>();
    private final Set<String> templates = new HashSet<>();
    private final Map<String, String> badQueries = new HashMap<>();
    private final Map<String, Document> documents = new HashMap<>();

    /** What the Lead Management demo refers to: its roles, fields, glossary and its parent, revenue. */
    static InMemoryWorkspace demo() {
        InMemoryWorkspace workspace = new InMemoryWorkspace();
        for (String role : List.of("marketing-manager", "sales-manager", "sdr", "executive", "account-executive", "support-agent")) {
            workspace.role(role, INTERNAL);
        }
        workspace.role("partner", EXTERNAL).role("customer", PERSONA);
        for (String field : List.of("person.email", "person.source", "person.owner", "person.phone", "person.lifecycle", "person.tags",
                "person.custom.interest", "deal.amount", "deal.stage", "deal.close")) {
            workspace.field(field);
        }
        workspace.term("lead").term("mql").term("sql").term("customer");
        workspace.template("welcome");
        workspace.document("revenue", "L1", null);
        return workspace;
    }

    InMemoryWorkspace role(String key, String kind) {
        roles.put(key, kind);
        return this;
    }

    InMemoryWorkspace field(String key) {
        fields.add(key);
        return this;
    }

    InMemoryWorkspace term(String key) {
        terms.add(key);
        return this;
    }

    InMemoryWorkspace template(String key) {
        templates.add(key);
        return this;
    }

    InMemoryWorkspace badQuery(String query, String problem) {
        badQueries.put(query, problem);
        return this;
    }

    InMemoryWorkspace document(String key, String level, String parent, String... subprocesses) {
        documents.put(key, new Document(level, parent, List.of(subprocesses)));
        return this;
    }

    @Override
    public Optional<String> roleKind(String role) {
        return Optional.ofNullable(role == null ? null : roles.get(role));
    }

    @Override
    public boolean fieldExists(String field) {
        return field != null && fields.contains(field);
    }

    @Override
    public boolean termExists(String term) {
        return term != null && terms.contains(term);
    }

    @Override
    public boolean templateExists(String template) {
        return template != null && templates.contains(template);
    }

    @Override
    public String queryProblem(String query) {
        return query == null ? "it is empty" : badQueries.get(query);
    }

    @Override
    public boolean documentExists(String key) {
        return key != null && documents.containsKey(key);
    }

    @Override
    public Optional<String> levelOf(String key) {
        return Optional.ofNullable(key == null ? null : documents.get(key)).map(Document::level);
    }

    @Override
    public Optional<String> parentOf(String key) {
        return Optional.ofNullable(key == null ? null : documents.get(key)).map(Document::parent);
    }

    @Override
    public List<String> subprocessesOf(String key) {
        Document document = key == null ? null : documents.get(key);
        return document == null ? List.of() : document.subprocesses();
    }
}
