/**
 * Runs published processes. Campaigns run on the journey runner: set-based enrollment, batches
 * claimed with SKIP LOCKED, each step's side effects and the advance in one transaction. Workflows
 * run on Flowable's process engine (the only module that talks to it): one run per record, tasks in
 * the tasks inbox, gates on glossary terms, SLAs that escalate up the org chart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts", "activities", "marketing",
        "deals", "tasks", "segments", "processes"})
package dev.baton.automation;
