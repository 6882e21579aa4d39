package dev.baton.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A deal moved between stages (from is null when it was created); status says whether it is now won or lost. */
public record DealStageChanged(UUID deal, String name, UUID organisation, List<UUID> people, String from, String to,
        String status, String reason, BigDecimal amount, String currency, String by, Instant at) {
}
