package dev.baton.marketing.internal;

import dev.baton.contacts.Person;

/** Whether a person may get an email of a purpose: the rule the postman sends by and a preview shows. */
final class Consent {

    private Consent() {
    }

    /** Why the email would not be sent, or null when it may be. */
    static String reasonNotToSend(Person person, String purpose, boolean requireOptIn) {
        if (person.primaryEmail() == null) {
            return "the person has no email address";
        }
        if ("marketing".equals(purpose)) {
            String consent = person.consent() == null ? "unknown" : person.consent().email();
            if ("opted_out".equals(consent)) {
                return "the person opted out of email";
            }
            if (requireOptIn && !"opted_in".equals(consent)) {
                return "the person has not opted in to email";
            }
        }
        return null;
    }
}
