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
 * a second click adds nothing to a journey. A visit by a mail scanner ({@link LinkScanners}) is kept
 * apart as a scan: not on the timeline, no event.
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

    /** Where a tracked link goes, recording nothing (a HEAD request); empty for a token Baton did not make. */
    public Optional<String> destination(String token) {
        return links.link(token).map(TrackedLinks.Link::url);
    }

    /** Records a scanner's visit of a tracked link; returns where the link goes, or empty for a token Baton did not make. */
    @Transactional
    public Optional<String> scanned(String token, String agent) {
        TrackedLinks.Link link = links.link(token).orElse(null);
        if (link == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String seen = agent == null || agent.isBlank() ? "(none)" : agent.length() > 300 ? agent.substring(0, 300) : agent;
        // the email may be gone (an erased person): then there is nothing to record it against
        jdbc.sql("""
                insert into email_link_scans (email_id, link, visits, last_agent, first_visited_at, last_visited_at)
                select o.id, :link, 1, :agent, :now, :now from email_outbox o where o.id = :email
                on conflict (email_id, link) do update set visits = email_link_scans.visits + 1, last_agent = excluded.last_agent,
                    last_visited_at = excluded.last_visited_at""")
                .param("email", link.email()).param("link", (short) link.position()).param("agent", seen)
                .param("now", Timestamp.from(now)).update();
        return Optional.of(link.url());
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
