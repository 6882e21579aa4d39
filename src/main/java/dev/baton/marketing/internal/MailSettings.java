package dev.baton.marketing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Baton sends email (BATON_MAIL_*). The SMTP server itself is Spring's {@code spring.mail.*}
 * (SPRING_MAIL_HOST, SPRING_MAIL_PORT, …); without one, emails wait in the outbox.
 *
 * @param fromAddress the From address
 * @param fromName the From name
 * @param rate emails per second a node hands to the mail server, at most (0: no limit)
 * @param batch emails claimed at a time
 * @param connections SMTP connections a batch is sent over at once (its emails split between them)
 * @param poll how often a node looks for due emails
 * @param maxAttempts tries before an email is parked as failed
 * @param firstRetry the wait after the first failure; it doubles with every further one
 * @param requireOptIn whether marketing email needs an explicit opt-in (otherwise only an opt-out stops it)
 * @param sendingTimeout how long an email may stay "sending" before it is parked as unconfirmed
 */
@ConfigurationProperties("baton.mail")
public record MailSettings(
        @DefaultValue("hello@arcadia.example") String fromAddress,
        @DefaultValue("Arcadia Storage") String fromName,
        @DefaultValue("50") int rate,
        @DefaultValue("200") int batch,
        @DefaultValue("4") int connections,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("false") boolean requireOptIn,
        @DefaultValue("10m") Duration sendingTimeout) {
}
