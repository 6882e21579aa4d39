package dev.baton.tasks.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.tasks.Notification;
import dev.baton.tasks.internal.Actor;
import dev.baton.tasks.internal.Actors;
import dev.baton.tasks.internal.NotificationBook;

/** The notifications page: what was sent to me and my roles, with the person or deal it is about, to mark read. */
@Controller
class NotificationsPage {

    /** One notification as the page shows it. */
    record Row(UUID id, String message, String at, String to, UUID person, String personName, UUID deal, String source, boolean read) {
    }

    private final NotificationBook book;
    private final Actors actors;
    private final Contacts contacts;
    private final Identity identity;

    NotificationsPage(NotificationBook book, Actors actors, Contacts contacts, Identity identity) {
        this.book = book;
        this.actors = actors;
        this.contacts = contacts;
        this.identity = identity;
    }

    @GetMapping("/notifications")
    String show(@RequestParam(required = false) String cursor, Authentication auth, Model model) {
        Actor me = actors.of(auth);
        NotificationBook.Page page = book.of(me, cursor, 50);
        Map<UUID, String> names = contacts.people(page.items().stream().map(Notification::person).filter(p -> p != null).toList())
                .stream().collect(Collectors.toMap(Person::id, Person::displayName));
        Map<String, String> roles = identity.roles().stream().collect(Collectors.toMap(Role::key, Role::name, (a, b) -> a));
        Function<Notification, Row> row = n -> new Row(n.id(), n.message(), InboxRows.show(n.at()),
                n.role() == null ? "you" : roles.getOrDefault(n.role(), n.role()), n.person(),
                n.person() == null ? null : names.getOrDefault(n.person(), "a person no longer here"), n.deal(), n.source(), n.read());
        List<Row> rows = page.items().stream().map(row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("next", page.next());
        model.addAttribute("unread", page.unread());
        return "tasks/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id, Authentication auth) {
        book.markRead(id, actors.of(auth));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(Authentication auth) {
        book.markAllRead(actors.of(auth));
        return "redirect:/notifications";
    }
}
