/**
 * What every module stands on: the database (embedded or external), migrations per module,
 * the API conventions (paging, problems, ETags), the web layout, the audit trail and the demo loader.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.baton.platform;
