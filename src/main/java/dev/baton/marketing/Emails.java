package dev.baton.marketing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of marketing email. */
public interface Emails {

    /**
     * Puts emails in the outbox in one statement; keys already there are left alone. Returns how
     * many were new. An unknown template is a 400.
     */
    int enqueue(List<OutgoingEmail> emails);

    Optional<EmailTemplate> template(String key);

    /** The email a template makes for a person, rendered as it would be sent, and whether it would be skipped. */
    EmailPreview preview(String template, UUID person);
}
