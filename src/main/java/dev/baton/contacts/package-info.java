/**
 * People and organisations: emails, phones, addresses, owners, lifecycle stages, lead source,
 * consent, tags, custom fields and the relationships between them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity"})
package dev.baton.contacts;
