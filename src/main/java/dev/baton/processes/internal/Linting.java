package dev.baton.processes.internal;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.CustomField;
import dev.baton.identity.Identity;
import dev.baton.marketing.Emails;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Step;
import dev.baton.processes.internal.lint.Lint;
import dev.baton.processes.internal.lint.Workspace;
import dev.baton.segments.QuerySyntaxException;
import dev.baton.segments.Searches;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Lints a document against the workspace it lives in: the org chart, fields, glossary, templates and other documents. */
@Component
public class Linting {

    /** The fields of each object that are not custom fields, as steps name them in reads and writes. */
    static final Map<String, Set<String>> FIELDS = Map.of(
            "person", Set.of("name", "first_name", "last_name", "salutation", "pronouns", "title", "email", "phone", "address",
                    "city", "country", "owner", "lifecycle", "source", "tags", "consent", "organisation"),
            "organisation", Set.of("name", "type", "domain", "phone", "address", "city", "country", "owner", "tags", "people"),
            "deal", Set.of("name", "pipeline", "stage", "status", "amount", "currency", "close", "owner", "organisation", "people",
                    "line_items", "lost_reason", "probability"));

    private final Identity identity;
    private final Contacts contacts;
    private final Emails emails;
    private final Searches searches;
    private final GlossaryBook glossary;
    private final DocumentLibrary library;

    Linting(Identity identity, Contacts contacts, Emails emails, Searches searches, GlossaryBook glossary, DocumentLibrary library) {
        this.identity = identity;
        this.contacts = contacts;
        this.emails = emails;
        this.searches = searches;
        this.glossary = glossary;
        this.library = library;
    }

    public List<LintProblem> check(ProcessDocument document) {
        return Lint.check(document, new Lookups());
    }

    /** One lint run's view of the workspace, each part read once and only if the document asks. */
    private final class Lookups implements Workspace {

        private Map<String, ProcessDocument> documents;
        private final Map<String, List<CustomField>> custom = new HashMap<>();

        @Override
        public Optional<String> roleKind(String role) {
            return role == null ? Optional.empty() : identity.role(role).map(r -> r.kind().code());
        }

        @Override
        public boolean fieldExists(String field) {
            if (field == null) {
                return false;
            }
            String[] parts = field.split("\\.", 3);
            if (parts.length < 2 || !FIELDS.containsKey(parts[0])) {
                return false;
            }
            if (parts[1].equals("custom")) {
                return parts.length == 3 && custom.computeIfAbsent(parts[0], contacts::customFields).stream()
                        .anyMatch(f -> f.key().equals(parts[2]));
            }
            return parts.length == 2 && FIELDS.get(parts[0]).contains(parts[1]);
        }

        @Override
        public boolean termExists(String term) {
            return term != null && glossary.find(term).isPresent();
        }

        @Override
        public boolean templateExists(String template) {
            return template != null && emails.template(template).isPresent();
        }

        @Override
        public boolean savedSearchExists(String nameOrId) {
            return searches.savedSearch(nameOrId).filter(s -> "person".equals(s.object())).isPresent();
        }

        @Override
        public String queryProblem(String query) {
            try {
                searches.checkPeopleQuery(query);
                return null;
            } catch (QuerySyntaxException e) {
                return e.getMessage();
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }

        @Override
        public boolean documentExists(String key) {
            return key != null && documents().containsKey(key);
        }

        @Override
        public Optional<String> levelOf(String key) {
            return Optional.ofNullable(key).map(documents()::get).map(ProcessDocument::level);
        }

        @Override
        public Optional<String> parentOf(String key) {
            return Optional.ofNullable(key).map(documents()::get).map(ProcessDocument::parent);
        }

        @Override
        public List<String> subprocessesOf(String key) {
            ProcessDocument document = key == null ? null : documents().get(key);
            return document == null ? List.of() : document.steps().stream().filter(s -> Step.SUBPROCESS.equals(s.type()))
                    .map(Step::process).filter(p -> p != null).toList();
        }

        private Map<String, ProcessDocument> documents() {
            if (documents == null) {
                documents = new HashMap<>();
                for (ProcessVersion v : library.newest()) {
                    documents.put(v.document(), v.body());
                }
            }
            return documents;
        }
    }
}
