/**
 * Users, roles ("hats") and the org chart of roles, teams, sign-in, API tokens and permissions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package dev.baton.identity;
