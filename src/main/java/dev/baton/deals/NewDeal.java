package dev.baton.deals;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A deal another module opens (a process step, say): in a pipeline named by its name or by that name
 * written as a key ({@code new-business} for "New business"), at a stage (the first when none), for
 * a person and optionally their organisation, owned by a user.
 */
public record NewDeal(String pipeline, String stage, String name, UUID person, UUID organisation, UUID owner, BigDecimal amount) {
}
