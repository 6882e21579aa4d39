package dev.baton.processes.internal;

import dev.baton.identity.Identity;
import dev.baton.marketing.Emails;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessSummary;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Step;
import dev.baton.processes.internal.sop.DataMap;
import dev.baton.processes.internal.sop.SopContext;
import dev.baton.processes.internal.sop.SopWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What Baton writes from documents for people to read: the SOP of a document, a role's handbook, the data map. */
@Service
public class Handbooks {

    private final DocumentLibrary library;
    private final GlossaryBook glossary;
    private final Identity identity;
    private final Emails emails;
    private final SopWriter writer = new SopWriter();

    Handbooks(DocumentLibrary library, GlossaryBook glossary, Identity identity, Emails emails) {
        this.library = library;
        this.glossary = glossary;
        this.identity = identity;
        this.emails = emails;
    }

    public String sop(ProcessDocument document) {
        return writer.document(document, context(List.of(document)));
    }

    /** Every step a role performs across the published documents, with what a new hire needs to do it. */
    public String handbook(String role) {
        List<ProcessDocument> published = library.published().stream().map(ProcessVersion::body).toList();
        return writer.role(role, published, context(published));
    }

    /** Fields × steps × lanes of the published documents (or of one document). */
    public DataMap dataMap(List<ProcessDocument> documents) {
        return DataMap.of(documents);
    }

    public List<ProcessDocument> publishedDocuments() {
        return library.published().stream().map(ProcessVersion::body).toList();
    }

    private SopContext context(List<ProcessDocument> documents) {
        Map<String, SopContext.Term> terms = new HashMap<>();
        for (GlossaryTerm t : glossary.terms()) {
            terms.put(t.key(), new SopContext.Term(t.key(), t.name(), t.definition(), t.criterion()));
        }
        Map<String, SopContext.Role> roles = new HashMap<>();
        identity.roles().forEach(r -> roles.put(r.key(), new SopContext.Role(r.key(), r.name(), r.description())));
        Map<String, SopContext.EmailTemplate> templates = new HashMap<>();
        for (ProcessDocument document : documents) {
            for (Step step : document.steps()) {
                for (String key : new String[] {step.template(), step.with().get("template")}) {
                    if (key != null && !templates.containsKey(key)) {
                        emails.template(key).ifPresent(t -> templates.put(key, new SopContext.EmailTemplate(key, t.name(), t.subject())));
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        for (ProcessSummary s : library.summaries()) {
            names.put(s.key(), s.name());
        }
        return new SopContext(terms, roles, templates, Map.of(), names, "/processes/{key}");
    }
}
