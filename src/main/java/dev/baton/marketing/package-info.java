/**
 * Marketing email: templates with merge fields checked when saved, an outbox that sends over SMTP
 * at a set rate with retries, consent and unsubscribe respected, every send on the timeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts", "activities", "deals"})
package dev.baton.marketing;
