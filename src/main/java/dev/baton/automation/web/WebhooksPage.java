package dev.baton.automation.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.automation.internal.WebhookOutbox;
import dev.baton.automation.internal.WebhookSecret;
import dev.baton.identity.Permission;
import dev.baton.platform.api.CursorPage;

/**
 * The webhook settings page: parked deliveries with a Retry button (for marketing managers), the
 * recent ones, and the signing secret with a Rotate button (for those who manage settings).
 */
@Controller
class WebhooksPage {

    private final WebhookOutbox outbox;
    private final WebhookSecret secret;

    WebhooksPage(WebhookOutbox outbox, WebhookSecret secret) {
        this.outbox = outbox;
        this.secret = secret;
    }

    @GetMapping("/settings/webhooks")
    @PreAuthorize("hasAnyAuthority('settings.manage', 'marketing.manage')")
    String show(@RequestParam(required = false) String cursor, Authentication user, Model model) {
        boolean canRetry = holds(user, Permission.MARKETING_MANAGE);
        boolean seesSecret = holds(user, Permission.SETTINGS_MANAGE);
        model.addAttribute("parked", outbox.list("parked", null, CursorPage.MAX_LIMIT).items());
        model.addAttribute("recent", outbox.list(null, cursor, CursorPage.DEFAULT_LIMIT));
        model.addAttribute("canRetry", canRetry);
        model.addAttribute("secret", seesSecret ? secret.current() : null);
        return "automation/webhooks";
    }

    @PostMapping("/settings/webhooks/deliveries/{id}/retry")
    @PreAuthorize("hasAuthority('marketing.manage')")
    String retry(@PathVariable UUID id) {
        outbox.retry(id);
        return "redirect:/settings/webhooks?retried";
    }

    @PostMapping("/settings/webhooks/secret")
    @PreAuthorize("hasAuthority('settings.manage')")
    String rotate() {
        secret.rotate();
        return "redirect:/settings/webhooks?rotated";
    }

    private static boolean holds(Authentication user, Permission permission) {
        return user.getAuthorities().stream().anyMatch(a -> permission.code().equals(a.getAuthority()));
    }
}
