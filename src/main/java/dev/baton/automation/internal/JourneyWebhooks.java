package dev.baton.automation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.baton.automation.JourneyPlan;

/**
 * A campaign's webhook step for a whole batch: one delivery per enrollment, written in one insert
 * in the batch's transaction under the key {@code journey:<enrollment>:<step>}, so a batch run
 * again after a crash calls nobody twice.
 */
@Component
class JourneyWebhooks {

    private final JdbcClient jdbc;
    private final WebhookPayloads payloads;
    private final WebhookOutbox outbox;

    JourneyWebhooks(JdbcClient jdbc, WebhookPayloads payloads, WebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.payloads = payloads;
        this.outbox = outbox;
    }

    /** Enqueues the step's call for each enrollment (its id, and the person it is about). */
    void call(int versionId, JourneyPlan.Node node, Map<Long, UUID> enrollments, Instant now) {
        record Version(String key, int number) {
        }
        Version version = jdbc.sql("select j.key, v.version from journey_versions v join journeys j on j.id = v.journey_id where v.id = :id")
                .param("id", versionId).query((rs, n) -> new Version(rs.getString("key"), rs.getInt("version"))).single();
        WebhookPayloads.Call call = new WebhookPayloads.Call(version.key(), version.number(), node.key(), node.with(), now);
        Map<UUID, String> bodies = payloads.forPeople(call, enrollments.values(), null);
        String url = node.with().get("url");
        List<WebhookOutbox.NewDelivery> deliveries = new ArrayList<>();
        enrollments.forEach((enrollment, person) -> deliveries.add(new WebhookOutbox.NewDelivery(
                JourneyRunner.key(enrollment, node.key(), now), url, bodies.get(person), version.key(), node.key(), person)));
        outbox.enqueue(deliveries);
    }
}
