package dev.baton.tasks.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduling for the overdue check. Its timing is {@code baton.tasks.overdue-check}, a
 * cron expression (default every minute; "-" turns it off, as the tests do to run it themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TasksConfiguration {
}
