package dev.baton.marketing;

/**
 * An email as it would go to a person, rendered but not sent: for trying a campaign before it goes
 * live. {@code skipped} says why it would not be sent (no consent, no address), or is null.
 */
public record EmailPreview(String template, String to, String subject, String html, String text, String skipped) {
}
