package dev.baton.marketing;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of marketing email. */
public interface Emails {

    /**
     * Puts emails in the outbox in one statement; keys already there are left alone. Returns how
     * many were new. An unknown template is a 400.
     */
    int enqueue(List<OutgoingEmail> emails);

    Optional<EmailTemplate> template(String key);
}
