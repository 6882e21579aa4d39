package dev.baton.identity;

/** Where a role sits: inside the company, an external party, or a persona such as the customer. */
public enum RoleKind {
    INTERNAL, EXTERNAL, PERSONA;

    public String code() {
        return name().toLowerCase();
    }
}
