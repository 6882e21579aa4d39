/**
 * Pipelines with ordered stages and their probabilities, deals with amounts, people, line items
 * and stage history, won and lost with reasons; the board.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts"})
package dev.baton.deals;
