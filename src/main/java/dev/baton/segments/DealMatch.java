package dev.baton.segments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deal a query selects, with what a list of matches shows of it. */
public record DealMatch(UUID id, String name, UUID pipeline, String pipelineName, String stage, String stageName, String status,
        BigDecimal amount, String currency, LocalDate expectedClose, UUID owner, UUID organisation, String organisationName,
        Instant createdAt) {
}
