/**
 * Saved searches: a small query language over people, organisations and deals, compiled to
 * parameterised SQL; counts, pages, CSV export, and searches that use other searches by name.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "contacts"})
package dev.baton.segments;
