package dev.baton.automation.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.automation.WebhookDelivery;
import dev.baton.automation.internal.WebhookOutbox;
import dev.baton.automation.internal.WebhookSecret;
import dev.baton.platform.api.CursorPage;

/**
 * The webhook calls of published processes. Reading them is {@code contacts.read}, like the email
 * outbox (a payload names a person); retrying a parked one is {@code marketing.manage}, like retrying
 * an email; the signing secret is a workspace setting, read and rotated with {@code settings.manage}.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Webhook calls of process steps: pending, delivered and parked deliveries, retry, the signing secret")
class WebhooksApi {

    private final WebhookOutbox outbox;
    private final WebhookSecret secret;

    WebhooksApi(WebhookOutbox outbox, WebhookSecret secret) {
        this.outbox = outbox;
        this.secret = secret;
    }

    @GetMapping("/deliveries")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Webhook deliveries, newest first, optionally of one status: pending, delivered or parked")
    CursorPage<WebhookDelivery> deliveries(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return outbox.list(status, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/deliveries/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "One delivery: its payload, attempts, the receiver's last status or error, when it is due or was delivered")
    WebhookDelivery delivery(@PathVariable UUID id) {
        return outbox.get(id);
    }

    @PostMapping("/deliveries/{id}/retry")
    @PreAuthorize("hasAuthority('marketing.manage')")
    @Operation(summary = "Put a parked delivery back in the queue, due now: one more attempt (409 for one that is not parked)")
    WebhookDelivery retry(@PathVariable UUID id) {
        return outbox.retry(id);
    }

    @GetMapping("/secret")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "The workspace's signing secret: receivers check Baton-Signature with it (made on first use)")
    WebhookSecret.Secret secret() {
        return secret.current();
    }

    @PostMapping("/secret")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Rotate the signing secret: every call from now on, retries included, is signed with the new one, and for "
            + "24 hours with the one it replaced too, unless {\"keepPrevious\": false} (the old one leaked)")
    WebhookSecret.Secret rotate(@RequestBody(required = false) Rotation rotation) {
        return secret.rotate(rotation == null || rotation.keepPrevious() == null || rotation.keepPrevious());
    }

    /** How to rotate: whether the replaced secret goes on signing for a day (yes unless told). */
    record Rotation(Boolean keepPrevious) {
    }
}
