package dev.baton.tasks.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.platform.api.CursorPage;
import dev.baton.tasks.Notification;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.Actors;
import dev.baton.tasks.internal.NotificationBook;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Messages for me and for the roles I wear, from process steps; read per reader")
class NotificationsApi {

    private final NotificationBook book;
    private final Actors actors;

    NotificationsApi(NotificationBook book, Actors actors) {
        this.book = book;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "My notifications and my roles': unread first, then newest first, with the unread count")
    NotificationBook.Page list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            Authentication auth) {
        return book.of(actors.of(auth), cursor, CursorPage.limit(limit));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read (for me; other wearers of a role keep theirs unread)")
    Notification read(@PathVariable UUID id, Authentication auth) {
        return book.markRead(id, actors.of(auth));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my unread notifications read")
    Map<String, Long> readAll(Authentication auth) {
        Actor me = actors.of(auth);
        return Map.of("read", (long) book.markAllRead(me), "unread", book.unread(me));
    }
}
