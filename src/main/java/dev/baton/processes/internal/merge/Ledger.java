package dev.baton.processes.internal.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a merge took from the drafts and what it left for a person, with the choices already made. */
final class Ledger {

    private final Map<String, String> resolutions;
    private final List<Conflict> open = new ArrayList<>();
    private final List<AppliedChange> applied = new ArrayList<>();

    Ledger(Map<String, String> resolutions) {
        this.resolutions = Map.copyOf(resolutions);
    }

    /**
     * The draft chosen for a conflict; empty when the base was chosen or nothing was, in which case the
     * conflict stays open and the caller keeps the base.
     */
    Optional<String> winner(Conflict conflict) {
        String chosen = resolutions.get(conflict.id());
        if (chosen == null) {
            open.add(conflict);
            return Optional.empty();
        }
        if (chosen.equals(ThreeWayMerge.BASE)) {
            return Optional.empty();
        }
        if (!conflict.values().containsKey(chosen)) {
            throw new IllegalArgumentException("Conflict " + conflict.id() + " is resolved with " + ThreeWayMerge.BASE + " or one of "
                    + String.join(", ", conflict.values().keySet()) + ", not with " + chosen);
        }
        return Optional.of(chosen);
    }

    void apply(Change change, Collection<String> drafts) {
        applied.add(new AppliedChange(change, List.copyOf(drafts)));
    }

    List<Conflict> conflicts() {
        return open;
    }

    List<AppliedChange> applied() {
        return applied;
    }
}
