package dev.baton.marketing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.contacts.Contacts;
import dev.baton.contacts.Organisation;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Deals;
import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.marketing.EmailTemplate;
import dev.baton.marketing.OutboxEntry;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what is due in the outbox: claims a batch (marked sending and committed first), renders
 * each email for its person at the moment of sending, hands the batch to the mail server over one
 * connection, then records every outcome and the timeline entries in one transaction. A node
 * never sends an email twice: one that was being sent when its node stopped is parked as
 * unconfirmed, for a person to retry. Links in a sent email are tracked ({@link TrackedLinks}). Without
 * a mail server configured, emails wait in the outbox.
 */
@Component
public class Postman {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    static {
        // Jakarta Mail looks its stream provider up through the ServiceLoader for every body part,
        // multipart and encoding it makes, scanning the class path's jars each time (mail-api
        // issue 861); naming the implementation skips the scan. It was most of a batch's time.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final Outbox outbox;
    private final EmailTemplates templates;
    private final MergeFields fields;
    private final UnsubscribeLinks unsubscribe;
    private final TrackedLinks links;
    private final Contacts contacts;
    private final Identity identity;
    private final Deals deals;
    private final Timeline timeline;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Postman(Outbox outbox, EmailTemplates templates, MergeFields fields, UnsubscribeLinks unsubscribe, TrackedLinks links,
            Contacts contacts, Identity identity, Deals deals, Timeline timeline, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
            TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.fields = fields;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.contacts = contacts;
        this.identity = identity;
        this.deals = deals;
        this.timeline = timeline;
        this.mailSender = mailSender;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${baton.mail.poll:1s}", initialDelayString = "${baton.mail.poll:1s}")
    void tick() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            List<OutboxEntry> abandoned = outbox.parkAbandoned(settings.sendingTimeout());
            if (!abandoned.isEmpty()) {
                log.warn("{} emails were being sent when a node stopped; parked as unconfirmed", abandoned.size());
            }
            while (sendBatch(sender) == settings.batch()) {
                // a full batch: there may be more due
            }
        } catch (RuntimeException e) {
            log.error("Sending email failed; trying again at the next poll", e);
        }
    }

    /** Sends one batch; returns how many emails it claimed. */
    public int sendBatch(JavaMailSender sender) {
        long started = System.nanoTime();
        List<OutboxEntry> batch = outbox.claim(settings.batch());
        if (batch.isEmpty()) {
            return 0;
        }
        Prepared prepared = prepare(batch, sender);
        Map<MimeMessage, Exception> failures = send(sender, List.copyOf(prepared.messages().keySet()));
        List<Outbox.Outcome> outcomes = new ArrayList<>(prepared.skipped());
        List<NewActivity> entries = new ArrayList<>(prepared.skippedEntries());
        Instant now = clock.instant();
        prepared.messages().forEach((message, email) -> {
            Exception failure = failures.get(message);
            if (failure == null) {
                outcomes.add(new Outbox.Outcome(email.entry().id(), "sent", email.to(), email.subject(), null, messageId(message), null));
                entries.add(sentEntry(email, now));
            } else if (email.entry().attempts() >= settings.maxAttempts()) {
                String reason = "the mail server refused it " + email.entry().attempts() + " times; last: " + failure.getMessage();
                outcomes.add(new Outbox.Outcome(email.entry().id(), "failed", email.to(), email.subject(), reason, null, null));
                entries.add(new NewActivity(ActivityType.EMAIL, email.entry().person(), null, now, "Email failed: " + email.subject(),
                        null, Map.of("outbox", email.entry().id().toString(), "status", "failed", "reason", reason), "system"));
            } else {
                Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(20, email.entry().attempts() - 1));
                outcomes.add(new Outbox.Outcome(email.entry().id(), "queued", email.to(), email.subject(),
                        "attempt " + email.entry().attempts() + " failed: " + failure.getMessage(), null, now.plus(wait)));
            }
        });
        transaction.executeWithoutResult(status -> {
            outbox.record(outcomes);
            if (!entries.isEmpty()) {
                timeline.recordAll(entries);
            }
        });
        pace(batch.size(), started);
        return batch.size();
    }

    /**
     * Hands the messages to the mail server, split over up to {@code connections} connections at
     * once (the SMTP dialogue waits on the server after every command, so one connection is bound
     * by round trips, not by either side's work); returns the messages that failed, with why.
     */
    private Map<MimeMessage, Exception> send(JavaMailSender sender, List<MimeMessage> messages) {
        Map<MimeMessage, Exception> failures = new java.util.concurrent.ConcurrentHashMap<>();
        if (messages.isEmpty()) {
            return failures;
        }
        int connections = Math.max(1, Math.min(settings.connections(), messages.size() / 20 + 1));
        int size = (messages.size() + connections - 1) / connections;
        List<List<MimeMessage>> parts = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += size) {
            parts.add(messages.subList(from, Math.min(messages.size(), from + size)));
        }
        if (parts.size() == 1) {
            sendOver(sender, parts.get(0), failures);
            return failures;
        }
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            parts.forEach(part -> threads.submit(() -> sendOver(sender, part, failures)));
        }
        return failures;
    }

    /** One connection's share of a batch. */
    private static void sendOver(JavaMailSender sender, List<MimeMessage> messages, Map<MimeMessage, Exception> failures) {
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, problem) -> failures.put((MimeMessage) message, problem));
            if (e.getFailedMessages().isEmpty()) {
                messages.forEach(m -> failures.put(m, e));
            }
        } catch (RuntimeException e) {
            messages.forEach(m -> failures.put(m, e));
        }
    }

    /** Keeps a node at or under the configured rate. */
    private void pace(int sent, long startedNanos) {
        if (settings.rate() <= 0) {
            return;
        }
        long wanted = sent * 1_000_000_000L / settings.rate();
        long taken = System.nanoTime() - startedNanos;
        if (taken < wanted) {
            try {
                Thread.sleep(Duration.ofNanos(wanted - taken));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Rendered(OutboxEntry entry, String to, String subject, String template) {
    }

    private record Prepared(Map<MimeMessage, Rendered> messages, List<Outbox.Outcome> skipped, List<NewActivity> skippedEntries) {
    }

    /** Renders each email of a batch for its person, or says why it is not sent. */
    private Prepared prepare(List<OutboxEntry> batch, JavaMailSender sender) {
        Map<UUID, Person> people = contacts.people(batch.stream().map(OutboxEntry::person).distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, UUID> employers = contacts.primaryOrganisationsOf(people.keySet());
        Map<UUID, Organisation> employerRecords = contacts.organisations(new java.util.HashSet<>(employers.values())).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<String, Optional<Parsed>> parsed = new HashMap<>();
        Map<UUID, Optional<User>> owners = new HashMap<>();
        MergeFields.Sender from = new MergeFields.Sender(settings.fromName(), settings.fromAddress());
        Map<MimeMessage, Rendered> messages = new LinkedHashMap<>();
        List<Outbox.Outcome> skipped = new ArrayList<>();
        List<NewActivity> skippedEntries = new ArrayList<>();
        Instant now = clock.instant();
        for (OutboxEntry entry : batch) {
            Person person = people.get(entry.person());
            Optional<Parsed> template = parsed.computeIfAbsent(entry.template(),
                    key -> templates.find(key).map(Parsed::of));
            String reason = reasonNotToSend(entry, person, template);
            if (reason != null) {
                skipped.add(new Outbox.Outcome(entry.id(), "skipped", person == null ? null : person.primaryEmail(), null, reason,
                        null, null));
                if (person != null) {
                    skippedEntries.add(new NewActivity(ActivityType.EMAIL, person.id(), null, now,
                            "Email not sent: " + template.map(t -> t.template().name()).orElse(entry.template()), null,
                            Map.of("outbox", entry.id().toString(), "status", "skipped", "reason", reason), "system"));
                }
                continue;
            }
            User owner = person.owner() == null ? null : owners.computeIfAbsent(person.owner(), identity::user).orElse(null);
            UUID employer = employers.get(person.id());
            Organisation organisation = employer == null ? null : employerRecords.get(employer);
            Deal deal = entry.deal() == null ? null : deals.deal(entry.deal()).orElse(null);
            String unsubscribeUrl = unsubscribe.url(person.id());
            Map<String, Object> values = fields.values(person, owner, organisation, deal, from, unsubscribeUrl);
            Parsed t = template.orElseThrow();
            String subject = t.subject().render(values, false).replaceAll("\\s+", " ").strip();
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(settings.fromAddress(), settings.fromName());
                helper.setTo(person.primaryEmail());
                helper.setSubject(subject);
                TrackedLinks.Parts parts = links.track(entry.id(), t.html().render(values, true), t.text().render(values, false));
                helper.setText(parts.text(), parts.html());
                message.setHeader("X-Baton-Email", entry.id().toString());
                if ("marketing".equals(entry.purpose())) {
                    message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
                    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                messages.put(message, new Rendered(entry, person.primaryEmail(), subject, t.template().key()));
            } catch (MessagingException | java.io.UnsupportedEncodingException e) {
                skipped.add(new Outbox.Outcome(entry.id(), "failed", person.primaryEmail(), subject,
                        "the email could not be built: " + e.getMessage(), null, null));
            }
        }
        return new Prepared(messages, skipped, skippedEntries);
    }

    private String reasonNotToSend(OutboxEntry entry, Person person, Optional<Parsed> template) {
        if (person == null) {
            return "the person no longer exists";
        }
        if (template.isEmpty()) {
            return "the template " + entry.template() + " no longer exists";
        }
        return Consent.reasonNotToSend(person, entry.purpose(), settings.requireOptIn());
    }

    private NewActivity sentEntry(Rendered email, Instant now) {
        return new NewActivity(ActivityType.EMAIL, email.entry().person(), null, now, "Email sent: " + email.subject(), null,
                Map.of("outbox", email.entry().id().toString(), "status", "sent", "template", email.template(),
                        "direction", "outbound", "to", email.to()), "system");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** A template parsed once per batch. */
    private record Parsed(EmailTemplate template, MergeTemplate subject, MergeTemplate html, MergeTemplate text) {
        static Parsed of(EmailTemplate template) {
            return new Parsed(template, MergeTemplate.parse(template.subject()), MergeTemplate.parse(template.html()),
                    MergeTemplate.parse(template.text()));
        }
    }
}
