package dev.baton.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A company Baton deals with: a prospect, customer, channel partner, systems integrator or supplier. */
public record Organisation(UUID id, String name, String type, String domain, String phone, String phoneTyped,
        Address address, UUID owner, List<String> tags, Map<String, Object> custom, List<Relationship> relationships,
        long version, Instant createdAt, Instant updatedAt) {

    /** This organisation is a partner, integrator or supplier of another. */
    public record Relationship(String kind, UUID of, String ofName) {
    }
}
