/**
 * Runs published processes. Campaigns run on the journey runner: set-based enrollment, batches
 * claimed with SKIP LOCKED, each step's side effects and the advance in one transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts", "activities", "marketing",
        "deals", "tasks", "segments", "processes"})
package dev.baton.automation;
