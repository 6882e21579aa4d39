/**
 * Tasks and reminders for a user or for a role: one inbox per user, claiming role tasks,
 * snoozing, overdue notices and an iCalendar feed per user.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts"})
package dev.baton.tasks;
