package dev.baton.processes;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A role with a say in a document, by its RACI letters ({@code "A"}, {@code "RA"}, {@code "C"}):
 * every stakeholder with R or A must approve a document before it is published.
 */
@JsonPropertyOrder({"role", "raci"})
public record Stakeholder(String role, String raci) {

    public boolean signsOff() {
        return raci != null && (raci.contains("R") || raci.contains("A"));
    }
}
