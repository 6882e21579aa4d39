package dev.baton.automation.internal;

import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.baton.automation.WebhookDelivery;

/**
 * Sends what is due in the webhook outbox: claims a batch (committed first), posts each body
 * signed with the workspace's secret, all of the batch at once, and records the answers in one
 * transaction. A 2xx answer delivers; anything else — a refused connection, no answer in time, any
 * other status — is tried again after a growing wait, and after the last attempt the delivery is
 * parked for a person to retry. Nothing is dropped. Redirects are not followed (a 3xx is a failed
 * attempt), and a receiver on a private network is refused before anything is sent (see
 * {@link WebhookTargets}): such a delivery is parked at once, as retrying would not change it.
 */
@Component
public class WebhookCourier {

    private static final Logger log = LoggerFactory.getLogger(WebhookCourier.class);

    /** Host lookups block: each runs on a virtual thread of its own. */
    private static final Executor LOOKUPS = task -> Thread.ofVirtual().name("webhook-lookup").start(task);

    private final WebhookOutbox outbox;
    private final WebhookSecret secret;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final WebhookTargets targets;

    WebhookCourier(WebhookOutbox outbox, WebhookSecret secret, WebhookSettings settings, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.secret = secret;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.targets = new WebhookTargets(settings);
    }

    @Scheduled(fixedDelayString = "${baton.webhooks.poll:1s}", initialDelayString = "${baton.webhooks.poll:1s}")
    void tick() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.error("Calling webhooks failed; trying again at the next poll", e);
        }
    }

    /** Sends batches until nothing is due; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        while (true) {
            int sent = deliverBatch();
            attempts += sent;
            if (sent < settings.batch()) {
                return attempts;
            }
        }
    }

    /** Sends one batch; returns how many deliveries it claimed. */
    public int deliverBatch() {
        List<WebhookDelivery> batch = outbox.claim(settings.batch(), settings.lease());
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> keys = secret.signingKeys();
        List<CompletableFuture<WebhookOutbox.Attempt>> calls = new ArrayList<>();
        for (WebhookDelivery delivery : batch) {
            calls.add(send(delivery, keys));
        }
        List<WebhookOutbox.Attempt> attempts = calls.stream().map(CompletableFuture::join).toList();
        outbox.record(attempts, settings);
        long failed = attempts.stream().filter(a -> !a.delivered()).count();
        if (failed > 0) {
            log.info("{} of {} webhook calls failed; they are retried later or parked", failed, attempts.size());
        }
        return batch.size();
    }

    private CompletableFuture<WebhookOutbox.Attempt> send(WebhookDelivery delivery, List<String> keys) {
        try {
            URI url = URI.create(delivery.url().strip());
            // the host is looked up off the courier's thread, and every address it has is checked before anything is sent
            return CompletableFuture.supplyAsync(() -> refusal(url), LOOKUPS)
                    .thenCompose(refused -> refused.isPresent()
                            ? CompletableFuture.completedFuture(WebhookOutbox.Attempt.refused(delivery, refused.get()))
                            : post(delivery, url, keys))
                    .exceptionally(e -> new WebhookOutbox.Attempt(delivery, false, null, problem(e)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new WebhookOutbox.Attempt(delivery, false, null, problem(e)));
        }
    }

    private Optional<String> refusal(URI url) {
        try {
            return targets.refusal(url);
        } catch (UnknownHostException e) {
            throw new CompletionException(e);
        }
    }

    private CompletableFuture<WebhookOutbox.Attempt> post(WebhookDelivery delivery, URI url, List<String> keys) {
        Instant now = clock.instant();
        String body = body(delivery, now);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Baton-Webhooks")
                .header("Baton-Signature", signature(keys, now.getEpochSecond(), body))
                .header("Baton-Delivery", delivery.id().toString())
                .header("Idempotency-Key", delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> answered(delivery, response));
    }

    private static WebhookOutbox.Attempt answered(WebhookDelivery delivery, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new WebhookOutbox.Attempt(delivery, true, status, null);
        }
        // the receiver's body is not kept: it may tell of the receiver's network, and deliveries are readable widely
        return new WebhookOutbox.Attempt(delivery, false, status, "the receiver answered HTTP " + status);
    }

    /** The body of one attempt: the stored payload with the delivery's id and the time of sending. */
    String body(WebhookDelivery delivery, Instant now) {
        ObjectNode body = (ObjectNode) json.readTree(delivery.payload());
        body.put("delivery", delivery.id().toString());
        body.put("sent_at", now.toString());
        return json.writeValueAsString(body);
    }

    /**
     * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<unix seconds>.<body>">}, one {@code v1} per
     * secret (the current one first; the one it replaced too while a rotation's overlap lasts).
     */
    public static String signature(List<String> secrets, long seconds, String body) {
        StringBuilder header = new StringBuilder("t=").append(seconds);
        for (String secret : secrets) {
            header.append(",v1=").append(HexFormat.of().formatHex(hmac(secret, seconds + "." + body)));
        }
        return header.toString();
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private String problem(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + settings.timeout().toSeconds() + " s";
        }
        if (cause instanceof UnknownHostException) {
            return "the host " + cause.getMessage() + " could not be found";
        }
        if (cause instanceof java.net.ConnectException) {
            return "could not connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
