package dev.baton.processes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A row of the swimlane diagram: who performs the steps in it.
 *
 * @param key  for a {@code role} lane, the key of a role of the org chart ({@code sdr}); otherwise any key
 * @param kind {@code role} (an org-chart role), {@code persona} (the customer), {@code external} (a
 *             channel partner, supplier or systems integrator) or {@code system} (Baton or another system)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"key", "name", "kind"})
public record Lane(String key, String name, String kind) {

    public static final String ROLE = "role";
    public static final String PERSONA = "persona";
    public static final String EXTERNAL = "external";
    public static final String SYSTEM = "system";
    public static final List<String> KINDS = List.of(ROLE, PERSONA, EXTERNAL, SYSTEM);

    @JsonIgnore
    public boolean isRole() {
        return ROLE.equals(kind);
    }
}
