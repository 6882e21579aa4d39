package dev.baton.marketing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.activities.ActivityType;
import dev.baton.activities.NewActivity;
import dev.baton.activities.Timeline;
import dev.baton.marketing.EmailLinkClicked;

/**
 * What following a tracked link does: every click goes on the person's timeline as an email entry
 * with {@code clicked} (what {@code activity(email.clicked)} counts), is counted per link, and the
 * first click on a link of an email publishes {@link EmailLinkClicked} — goals are reached once, and
 * a link scanner or a second click adds nothing to a journey.
 */
@Service
public class LinkClicks {

    private record Sent(UUID person, String template, String subject) {
    }

    private final TrackedLinks links;
    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LinkClicks(TrackedLinks links, JdbcClient jdbc, Timeline timeline, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Records a click on a tracked link; returns where the link goes, or empty for a token Baton did not make. */
    @Transactional
    public Optional<String> follow(String token) {
        TrackedLinks.Link link = links.link(token).orElse(null);
        if (link == null) {
            return Optional.empty();
        }
        Sent sent = jdbc.sql("""
                select o.person_id, t.key, o.subject from email_outbox o left join email_templates t on t.id = o.template_id
                where o.id = :id""")
                .param("id", link.email())
                .query((rs, n) -> new Sent(rs.getObject("person_id", UUID.class), rs.getString("key"), rs.getString("subject")))
                .optional().orElse(null);
        if (sent == null || sent.person() == null) {
            return Optional.of(link.url()); // the email is gone (an erased person): the link still works, nobody to record
        }
        Instant now = clock.instant();
        int clicks = jdbc.sql("""
                insert into email_link_clicks (email_id, link, url, clicks, first_clicked_at, last_clicked_at)
                values (:email, :link, :url, 1, :now, :now)
                on conflict (email_id, link) do update set clicks = email_link_clicks.clicks + 1, last_clicked_at = excluded.last_clicked_at
                returning clicks""")
                .param("email", link.email()).param("link", (short) link.position()).param("url", link.url())
                .param("now", Timestamp.from(now)).query(Integer.class).single();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("direction", "outbound");
        data.put("opened", true);
        data.put("clicked", true);
        data.put("outbox", link.email().toString());
        if (sent.template() != null) {
            data.put("template", sent.template());
        }
        data.put("url", link.url());
        data.put("link", link.position());
        String about = sent.subject() == null ? sent.template() : sent.subject();
        timeline.record(new NewActivity(ActivityType.EMAIL, sent.person(), null, now, "Clicked a link in: " + about, link.url(), data,
                "system"));
        if (clicks == 1) {
            events.publishEvent(new EmailLinkClicked(sent.person(), sent.template(), link.url(), link.email(), now));
        }
        return Optional.of(link.url());
    }
}
