package dev.baton.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a role allows its wearers to do; a user holds the permissions of every role they wear. */
public enum Permission {

    IDENTITY_READ("identity.read", "See users, roles, teams and the org chart"),
    IDENTITY_MANAGE("identity.manage", "Create and change users, roles and teams; revoke anyone's API tokens"),
    AUDIT_READ("audit.read", "Read the audit trail"),
    METRICS_READ("metrics.read", "Scrape the Prometheus metrics"),
    CONTACTS_READ("contacts.read", "See people, organisations, tags and their timelines"),
    CONTACTS_WRITE("contacts.write", "Add and change people and organisations, tag them, record consent"),
    SETTINGS_MANAGE("settings.manage", "Define custom fields, lifecycle stages, pipelines and note templates"),
    MARKETING_MANAGE("marketing.manage", "Write email templates and retry emails the outbox gave up on");

    private final String code;
    private final String description;

    Permission(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The name used in the API, in role definitions and as a Spring Security authority. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<Permission> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
