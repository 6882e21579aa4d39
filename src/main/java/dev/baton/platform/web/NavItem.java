package dev.baton.platform.web;

/**
 * An entry in the main navigation. Modules declare theirs as beans; an entry shows only to users
 * holding its permission (null: everyone signed in).
 */
public record NavItem(String label, String path, String permission, int order) {
}
