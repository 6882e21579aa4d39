package dev.baton.automation.internal;

import java.net.URI;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * parked for a person to retry. Nothing is dropped.
 */
@Component
public class WebhookCourier {

    private static final Logger log = LoggerFactory.getLogger(WebhookCourier.class);

    private final WebhookOutbox outbox;
    private final WebhookSecret secret;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    WebhookCourier(WebhookOutbox outbox, WebhookSecret secret, WebhookSettings settings, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.secret = secret;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        String key = secret.current().secret();
        List<CompletableFuture<WebhookOutbox.Attempt>> calls = new ArrayList<>();
        for (WebhookDelivery delivery : batch) {
            calls.add(send(delivery, key));
        }
        List<WebhookOutbox.Attempt> attempts = calls.stream().map(CompletableFuture::join).toList();
        outbox.record(attempts, settings);
        long failed = attempts.stream().filter(a -> !a.delivered()).count();
        if (failed > 0) {
            log.info("{} of {} webhook calls failed; they are retried later or parked", failed, attempts.size());
        }
        return batch.size();
    }

    private CompletableFuture<WebhookOutbox.Attempt> send(WebhookDelivery delivery, String key) {
        try {
            Instant now = clock.instant();
            String body = body(delivery, now);
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url().strip())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Baton-Webhooks")
                    .header("Baton-Signature", signature(key, now.getEpochSecond(), body))
                    .header("Baton-Delivery", delivery.id().toString())
                    .header("Idempotency-Key", delivery.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> answered(delivery, response))
                    .exceptionally(e -> new WebhookOutbox.Attempt(delivery, false, null, problem(e)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new WebhookOutbox.Attempt(delivery, false, null, problem(e)));
        }
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

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<unix seconds>.<body>" with the secret>}. */
    public static String signature(String secret, long seconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private String problem(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + settings.timeout().toSeconds() + " s";
        }
        if (cause instanceof java.net.ConnectException) {
            return "could not connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
