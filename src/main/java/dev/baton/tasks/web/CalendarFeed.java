package dev.baton.tasks.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.baton.identity.Identity;
import dev.baton.identity.User;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.CalendarFeeds;
import dev.baton.tasks.internal.Inbox;
import dev.baton.tasks.internal.TaskCalendar;

/** A user's open tasks for their calendar app, at a secret address that needs no sign-in. */
@Controller
class CalendarFeed {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    /** A calendar shows at most this many tasks, the soonest due first. */
    static final int MOST = 500;

    private final CalendarFeeds feeds;
    private final Inbox inbox;
    private final TaskCalendar calendar;
    private final Identity identity;

    CalendarFeed(CalendarFeeds feeds, Inbox inbox, TaskCalendar calendar, Identity identity) {
        this.feeds = feeds;
        this.inbox = inbox;
        this.calendar = calendar;
        this.identity = identity;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        Optional<User> owner = feeds.ownerOf(secret).flatMap(identity::user).filter(User::enabled);
        if (owner.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Actor actor = new Actor(owner.get().id(), owner.get().roles(), false);
        URI link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/inbox").build().toUri();
        String body = calendar.render(owner.get().displayName(), inbox.of(actor, false, null, MOST).items(), link);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"baton-tasks.ics\"").body(body);
    }
}
