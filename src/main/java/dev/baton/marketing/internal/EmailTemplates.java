package dev.baton.marketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.marketing.EmailTemplate;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Email templates: every part is checked when saved, so a template that saves is one that sends. */
@Service
public class EmailTemplates {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final List<String> PURPOSES = List.of("marketing", "transactional");

    /** A template as a caller writes it. */
    public record TemplateSpec(String key, String name, String subject, String html, String text, String purpose) {
    }

    private final JdbcClient jdbc;
    private final MergeFields fields;
    private final AuditTrail audit;
    private final Clock clock;

    EmailTemplates(JdbcClient jdbc, MergeFields fields, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
    }

    public List<EmailTemplate> all() {
        return jdbc.sql("select * from email_templates order by lower(name)").query(EmailTemplates::template).list();
    }

    public Optional<EmailTemplate> find(String key) {
        return jdbc.sql("select * from email_templates where key = :key").param("key", key).query(EmailTemplates::template).optional();
    }

    public EmailTemplate get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("email template", key));
    }

    Optional<EmailTemplate> byId(UUID id) {
        return jdbc.sql("select * from email_templates where id = :id").param("id", id).query(EmailTemplates::template).optional();
    }

    @Transactional
    public EmailTemplate create(TemplateSpec spec) {
        TemplateSpec checked = check(spec, true);
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into email_templates (id, key, name, subject, html, text_body, purpose, created_at, updated_at)
                    values (:id, :key, :name, :subject, :html, :text, :purpose, :at, :at)""")
                    .param("id", id).param("key", checked.key()).param("name", checked.name()).param("subject", checked.subject())
                    .param("html", checked.html()).param("text", checked.text()).param("purpose", checked.purpose())
                    .param("at", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("An email template with the key " + checked.key() + " exists already.");
        }
        audit.record("email-template.created", "email-template", id, Map.of("key", checked.key()));
        return get(checked.key());
    }

    /** Changes a template's name, parts and purpose (its key stays), at the version it was read. */
    @Transactional
    public EmailTemplate update(String key, TemplateSpec spec, Long expectedVersion) {
        EmailTemplate before = get(key);
        TemplateSpec checked = check(new TemplateSpec(key, spec.name(), spec.subject(), spec.html(), spec.text(), spec.purpose()), false);
        Versions.check("email template " + key, expectedVersion, before.version());
        int updated = jdbc.sql("""
                update email_templates set name = :name, subject = :subject, html = :html, text_body = :text, purpose = :purpose,
                    updated_at = :at, version = version + 1
                where key = :key and version = :version""")
                .param("name", checked.name()).param("subject", checked.subject()).param("html", checked.html())
                .param("text", checked.text()).param("purpose", checked.purpose()).param("at", Timestamp.from(clock.instant()))
                .param("key", key).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("email template " + key, get(key).version());
        }
        audit.record("email-template.changed", "email-template", before.id(), Map.of("key", key));
        return get(key);
    }

    private TemplateSpec check(TemplateSpec spec, boolean newKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (newKey && (spec.key() == null || !KEY.matcher(spec.key()).matches())) {
            problems.add(new FieldProblem("key", spec.key(), "must be lower-case letters, digits and -, starting with a letter"));
        }
        if (spec.name() == null || spec.name().isBlank()) {
            problems.add(new FieldProblem("name", spec.name(), "must not be blank"));
        }
        if (spec.subject() == null || spec.subject().isBlank()) {
            problems.add(new FieldProblem("subject", spec.subject(), "must not be blank"));
        } else if (spec.subject().contains("\n")) {
            problems.add(new FieldProblem("subject", spec.subject(), "must be one line"));
        }
        if (spec.html() == null || spec.html().isBlank()) {
            problems.add(new FieldProblem("html", null, "must not be blank"));
        }
        String purpose = spec.purpose() == null ? "marketing" : spec.purpose();
        if (!PURPOSES.contains(purpose)) {
            problems.add(new FieldProblem("purpose", purpose, "must be marketing or transactional"));
        }
        String text = spec.text() == null || spec.text().isBlank() ? TextFromHtml.of(spec.html()) : spec.text();
        if (spec.subject() != null) {
            problems.addAll(fields.check("subject", spec.subject()));
        }
        if (spec.html() != null) {
            problems.addAll(fields.check("html", spec.html()));
        }
        if (spec.text() != null && !spec.text().isBlank()) {
            problems.addAll(fields.check("text", spec.text()));
        }
        if ("marketing".equals(purpose) && spec.html() != null && !spec.html().contains("unsubscribe_url")) {
            problems.add(new FieldProblem("html", null, "a marketing email must offer {{unsubscribe_url}}"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TemplateSpec(spec.key(), spec.name().trim(), spec.subject().trim(), spec.html(), text, purpose);
    }

    private static EmailTemplate template(ResultSet rs, int row) throws SQLException {
        return new EmailTemplate(rs.getObject("id", UUID.class), rs.getString("key"), rs.getString("name"), rs.getString("subject"),
                rs.getString("html"), rs.getString("text_body"), rs.getString("purpose"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
