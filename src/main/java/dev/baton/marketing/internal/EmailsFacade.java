package dev.baton.marketing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.baton.marketing.EmailTemplate;
import dev.baton.marketing.Emails;
import dev.baton.marketing.OutgoingEmail;

@Service
class EmailsFacade implements Emails {

    private final Outbox outbox;
    private final EmailTemplates templates;
    private final Previews previews;

    EmailsFacade(Outbox outbox, EmailTemplates templates, Previews previews) {
        this.outbox = outbox;
        this.templates = templates;
        this.previews = previews;
    }

    @Override
    public dev.baton.marketing.EmailPreview preview(String template, java.util.UUID person) {
        return previews.preview(template, person);
    }

    @Override
    public int enqueue(List<OutgoingEmail> emails) {
        return outbox.enqueue(emails);
    }

    @Override
    public Optional<EmailTemplate> template(String key) {
        return templates.find(key);
    }
}
