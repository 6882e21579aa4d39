package dev.baton.automation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Contacts;
import dev.baton.contacts.Person;
import dev.baton.deals.Deal;
import dev.baton.deals.Deals;
import dev.baton.identity.Identity;
import dev.baton.identity.User;

/**
 * What a webhook step sends: which process, version and step called, the person (and the deal of a
 * workflow run about one) as they were when the step ran, and the step's other settings as
 * {@code data}. The courier adds the delivery's id and the time of sending.
 */
@Component
public class WebhookPayloads {

    /** A webhook step that ran: the process document's key, the running version, the step and its settings. */
    public record Call(String process, int version, String step, Map<String, String> with, Instant at) {
    }

    private final Contacts contacts;
    private final Identity identity;
    private final Deals deals;
    private final ObjectMapper json;

    WebhookPayloads(Contacts contacts, Identity identity, Deals deals, ObjectMapper json) {
        this.contacts = contacts;
        this.identity = identity;
        this.deals = deals;
        this.json = json;
    }

    /** One payload per person (people who no longer exist are sent with their id only), read in one query. */
    public Map<UUID, String> forPeople(Call call, Collection<UUID> people, UUID deal) {
        Map<UUID, Person> found = new HashMap<>();
        contacts.people(people).forEach(p -> found.put(p.id(), p));
        Map<UUID, Optional<User>> owners = new HashMap<>();
        Map<String, Object> dealPart = deal == null ? null : deals.deal(deal).map(WebhookPayloads::deal).orElse(Map.of("id", deal));
        Map<UUID, String> payloads = new LinkedHashMap<>();
        for (UUID id : people) {
            Person person = found.get(id);
            payloads.put(id, write(call, person == null ? Map.of("id", id) : person(person, owners), dealPart));
        }
        return payloads;
    }

    /** The payload of a step that has no person (a workflow run about a deal with nobody on it). */
    public String withoutPerson(Call call, UUID deal) {
        return write(call, null, deal == null ? null : deals.deal(deal).map(WebhookPayloads::deal).orElse(Map.of("id", deal)));
    }

    private String write(Call call, Map<String, Object> person, Map<String, Object> deal) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "process.step");
        payload.put("process", call.process());
        payload.put("version", call.version());
        payload.put("step", call.step());
        payload.put("occurred_at", call.at().toString());
        if (person != null) {
            payload.put("person", person);
        }
        if (deal != null) {
            payload.put("deal", deal);
        }
        Map<String, String> data = new LinkedHashMap<>(call.with());
        data.remove("url");
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }

    private Map<String, Object> person(Person person, Map<UUID, Optional<User>> owners) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", person.id());
        part.put("name", person.displayName());
        part.put("first_name", person.firstName());
        part.put("last_name", person.lastName());
        part.put("email", person.primaryEmail());
        part.put("lifecycle", person.lifecycleStage());
        part.put("tags", person.tags());
        if (person.owner() != null) {
            Optional<User> owner = owners.computeIfAbsent(person.owner(), identity::user);
            Map<String, Object> ownerPart = new LinkedHashMap<>();
            ownerPart.put("id", person.owner());
            owner.ifPresent(u -> {
                ownerPart.put("name", u.displayName());
                ownerPart.put("email", u.email());
            });
            part.put("owner", ownerPart);
        }
        return part;
    }

    private static Map<String, Object> deal(Deal deal) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", deal.id());
        part.put("name", deal.name());
        part.put("stage", deal.stage());
        part.put("status", deal.status());
        part.put("amount", deal.amount());
        part.put("currency", deal.currency());
        return part;
    }
}
