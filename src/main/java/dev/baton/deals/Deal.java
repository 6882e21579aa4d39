package dev.baton.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An opportunity in a pipeline. */
public record Deal(UUID id, UUID pipeline, String stage, String stageName, String name, BigDecimal amount, String currency,
        LocalDate expectedClose, UUID owner, UUID organisation, String organisationName, String status, String closeReason,
        Instant closedAt, List<DealPerson> people, List<LineItem> lineItems, Map<String, Object> custom, long version, Instant createdAt, Instant updatedAt) {

    /** A person involved in the deal, with their role (decision maker, champion, user …). */
    public record DealPerson(UUID person, String name, String role) {
    }

    /** A product line: quantity times unit price. */
    public record LineItem(String product, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
