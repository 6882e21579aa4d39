package dev.baton.processes.internal.merge;

import dev.baton.processes.internal.merge.Change.Kind;
import java.util.List;

/** Makes the changes that diff and merge report, so both word them alike. */
final class Changes {

    private Changes() {
    }

    static Change field(Place place, String name, String before, String after) {
        String label = Wording.label(name);
        String text;
        if (before == null) {
            text = label + " set to " + Wording.show(after);
        } else if (after == null) {
            text = label + " cleared (was " + Wording.show(before) + ")";
        } else {
            text = label + " changed from " + Wording.show(before) + " to " + Wording.show(after);
        }
        return new Change(place.subject(), place.key(), place.field(name), Kind.CHANGED, before, after, place.what() + ": " + text);
    }

    /** An entry added; {@code predecessor} is the one before it in the version that adds it. */
    static Change added(Place owner, Part part, Node node, String predecessor) {
        if (part.items()) {
            return new Change(owner.subject(), owner.key(), owner.field(part.name()), Kind.ADDED, null, node.id(),
                    owner.what() + ": " + node.id() + " added to " + Wording.label(part.name()));
        }
        Place place = owner.child(part, node.id());
        String where = part.ordered() ? " " + (predecessor == null ? "at the start" : Wording.position(part, predecessor)) : "";
        String summary = Wording.summary(place.subject(), node);
        return new Change(place.subject(), place.key(), place.self(), Kind.ADDED, null, Wording.render(node),
                place.what() + " added" + where + (summary.isEmpty() ? "" : ": " + summary));
    }

    static Change removed(Place owner, Part part, Node node) {
        if (part.items()) {
            return new Change(owner.subject(), owner.key(), owner.field(part.name()), Kind.REMOVED, node.id(), null,
                    owner.what() + ": " + node.id() + " removed from " + Wording.label(part.name()));
        }
        Place place = owner.child(part, node.id());
        return new Change(place.subject(), place.key(), place.self(), Kind.REMOVED, Wording.render(node), null,
                place.what() + " removed");
    }

    static Change moved(Place owner, Part part, String id, List<String> before, List<String> after) {
        Place place = owner.child(part, id);
        String now = Order.predecessor(after, id);
        return new Change(place.subject(), place.key(), place.field("position"), Kind.MOVED,
                Wording.position(part, Order.predecessor(before, id)), Wording.position(part, now),
                place.what() + " moved " + (now == null ? "to the start" : Wording.position(part, now)));
    }
}
