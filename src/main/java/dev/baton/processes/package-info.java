/**
 * Process documents: the hierarchy, lanes, steps, gates and exits of the business process, the
 * glossary, stakeholders and sign-off, versions, drafts and merge, and what is drawn and written
 * from them (the swimlane diagram, BPMN, the SOP, the data map).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts", "segments",
        "marketing"})
package dev.baton.processes;
