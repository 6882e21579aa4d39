package dev.baton.marketing.internal;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.marketing.EmailPreview;
import dev.baton.marketing.EmailTemplate;
import dev.baton.platform.api.NotFoundException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Renders a template for a person exactly as the postman would, without sending anything. */
@Component
class Previews {

    private final EmailTemplates templates;
    private final MergeFields fields;
    private final UnsubscribeLinks unsubscribe;
    private final Contacts contacts;
    private final Identity identity;
    private final MailSettings settings;

    Previews(EmailTemplates templates, MergeFields fields, UnsubscribeLinks unsubscribe, Contacts contacts, Identity identity,
            MailSettings settings) {
        this.templates = templates;
        this.fields = fields;
        this.unsubscribe = unsubscribe;
        this.contacts = contacts;
        this.identity = identity;
        this.settings = settings;
    }

    EmailPreview preview(String templateKey, UUID personId) {
        EmailTemplate template = templates.find(templateKey).orElseThrow(() -> new NotFoundException("email template", templateKey));
        Person person = contacts.person(personId).orElseThrow(() -> new NotFoundException("person", personId));
        User owner = person.owner() == null ? null : identity.user(person.owner()).orElse(null);
        var organisation = contacts.primaryOrganisationOf(person.id()).flatMap(contacts::organisation).orElse(null);
        Map<String, Object> values = fields.values(person, owner, organisation, null,
                new MergeFields.Sender(settings.fromName(), settings.fromAddress()), unsubscribe.url(person.id()));
        String subject = MergeTemplate.parse(template.subject()).render(values, false).replaceAll("\\s+", " ").strip();
        return new EmailPreview(template.key(), person.primaryEmail(), subject, MergeTemplate.parse(template.html()).render(values, true),
                MergeTemplate.parse(template.text()).render(values, false), skipped(template, person));
    }

    private String skipped(EmailTemplate template, Person person) {
        return Consent.reasonNotToSend(person, template.purpose(), settings.requireOptIn());
    }
}
