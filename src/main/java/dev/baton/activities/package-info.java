/**
 * The timeline: every interaction with a person or organisation, written by every module through
 * {@link dev.baton.activities.Timeline} or by listening to their events; note templates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "contacts", "deals"})
package dev.baton.activities;
