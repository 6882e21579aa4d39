package dev.baton.contacts;

import java.util.List;

/**
 * One field was set for many people at once (a campaign step): each person's change as a single
 * edit would publish it (published in batches of at most 1,000 people).
 */
public record PeopleChanged(String field, List<PersonChanged> changes) {
}
