package dev.baton.processes.internal.sop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an SOP names besides the document itself, filled in by the caller: the glossary, the roles of
 * the org chart, the email and note templates and the other documents, each by its key. A key that is
 * missing here is written as it is, so an SOP is never refused for want of a name.
 *
 * @param terms          glossary terms by key
 * @param roles          roles of the org chart by key
 * @param emailTemplates email templates by key
 * @param noteTemplates  note template names by key
 * @param documents      process document names by key, for the parent and subprocesses
 * @param documentLink   where another document's SOP lives, with {@code {key}} for its key
 *                       ({@code /processes/{key}/sop}); empty or null to name documents without links
 */
public record SopContext(Map<String, Term> terms, Map<String, Role> roles, Map<String, EmailTemplate> emailTemplates,
        Map<String, String> noteTemplates, Map<String, String> documents, String documentLink) {

    /** A glossary term: what it means in words and, where there is one, its criterion in the segment language. */
    public record Term(String key, String name, String definition, String criterion) {
    }

    /** A role (a "hat") of the org chart. */
    public record Role(String key, String name, String description) {
    }

    /** An email template, named with its subject line. */
    public record EmailTemplate(String key, String name, String subject) {
    }

    public SopContext {
        terms = copy(terms);
        roles = copy(roles);
        emailTemplates = copy(emailTemplates);
        noteTemplates = copy(noteTemplates);
        documents = copy(documents);
    }

    /** A context that knows no names: every key is written as it is. */
    public static SopContext empty() {
        return new SopContext(null, null, null, null, null, null);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    String roleName(String key) {
        Role role = roles.get(key);
        return role != null && role.name() != null ? role.name() : key;
    }

    String termName(String key) {
        Term term = terms.get(key);
        return term != null && term.name() != null ? term.name() : key;
    }

    String documentName(String key) {
        return documents.getOrDefault(key, key);
    }

    /** The link to another document's SOP, or null when documents are not linked. */
    String documentHref(String key) {
        return documentLink == null || documentLink.isBlank() || key == null ? null
                : documentLink.replace("{key}", URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    /** A template as a reader finds it: a note template by its name, an email template by its name and subject. */
    String templateLabel(String key) {
        if (noteTemplates.containsKey(key)) {
            return noteTemplates.get(key) + " (note template)";
        }
        EmailTemplate email = emailTemplates.get(key);
        if (email != null) {
            String name = email.name() != null ? email.name() : key;
            return email.subject() == null || email.subject().isBlank() ? name + " (email template)"
                    : name + " (email template, subject \u201c" + email.subject() + "\u201d)";
        }
        return key;
    }
}
