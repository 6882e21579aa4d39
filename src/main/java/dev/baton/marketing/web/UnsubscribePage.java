package dev.baton.marketing.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.marketing.internal.MailSettings;
import dev.baton.marketing.internal.UnsubscribeLinks;
import dev.baton.platform.api.NotFoundException;

/**
 * The page an unsubscribe link opens: it asks before opting out (link scanners open links), and a
 * POST — the page's button, or a mail client's one-click unsubscribe (RFC 8058) — opts the person out.
 */
@Controller
class UnsubscribePage {

    private final UnsubscribeLinks links;
    private final Contacts contacts;
    private final MailSettings settings;

    UnsubscribePage(UnsubscribeLinks links, Contacts contacts, MailSettings settings) {
        this.links = links;
        this.contacts = contacts;
        this.settings = settings;
    }

    @GetMapping("/unsubscribe/{token}")
    String ask(@PathVariable String token, Model model) {
        Person person = person(token);
        model.addAttribute("email", person.primaryEmail());
        model.addAttribute("from", settings.fromName());
        model.addAttribute("done", "opted_out".equals(person.consent().email()));
        return "marketing/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        Person person = person(token);
        if (!"opted_out".equals(person.consent().email())) {
            contacts.optOut(person.id(), "unsubscribe link");
        }
        model.addAttribute("email", person.primaryEmail());
        model.addAttribute("from", settings.fromName());
        model.addAttribute("done", true);
        return "marketing/unsubscribe";
    }

    private Person person(String token) {
        UUID id = links.person(token).orElseThrow(UnknownLink::new);
        return contacts.person(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class UnknownLink extends RuntimeException {
        UnknownLink() {
            super("This unsubscribe link is not one Baton made.");
        }
    }
}
