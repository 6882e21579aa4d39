package dev.baton.processes.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges one list of a node (a document's steps, a gate's branches, a step's reads): which entries
 * stay, go or come, and in what order. An entry one draft removes and another changes, or two drafts add
 * differently under one key, is a conflict; so is an entry moved to different places.
 */
final class ListMerge {

    private final NodeMerge merge;
    private final Ledger ledger;
    private final Place owner;
    private final Part part;
    private final List<Node> base;
    private final List<String> baseIds;
    private final Set<String> inBase;
    private final Map<String, Listing> drafts = new LinkedHashMap<>();
    private final Map<String, Node> merged = new HashMap<>();
    private final Map<String, String> moves = new HashMap<>();
    private final Map<String, String> arrivals = new HashMap<>();

    /** A draft's version of the list, named as in the base, and the entries it moved. */
    private record Listing(String draft, Map<String, Node> nodes, List<String> ids, Set<String> moved) {
    }

    ListMerge(NodeMerge merge, Ledger ledger, Place owner, Part part, List<Node> base, List<Version> versions) {
        this.merge = merge;
        this.ledger = ledger;
        this.owner = owner;
        this.part = part;
        this.base = base;
        this.baseIds = Node.ids(base);
        this.inBase = new HashSet<>(baseIds);
        for (Version version : versions) {
            List<Node> nodes = Order.align(part, base, version.node().list(part));
            List<String> ids = Node.ids(nodes);
            drafts.put(version.draft(), new Listing(version.draft(), DocumentDiff.byId(nodes), ids,
                    part.ordered() ? Order.moved(baseIds, ids) : Set.of()));
        }
    }

    List<Node> merge() {
        base.forEach(this::stayOrGo);
        arrive();
        return order();
    }

    private void stayOrGo(Node entry) {
        Place place = owner.child(part, entry.id());
        List<Version> holders = new ArrayList<>();
        List<String> removers = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> referrers = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Listing draft : drafts.values()) {
            Node node = draft.nodes().get(entry.id());
            if (node == null) {
                removers.add(draft.draft());
                values.put(draft.draft(), null);
                continue;
            }
            holders.add(new Version(draft.draft(), node));
            if (draft.moved().contains(entry.id()) || !DocumentDiff.of(place, entry, node).isEmpty()) {
                editors.add(draft.draft());
            } else if (merge.leadsTo(draft.draft(), part, entry.id())) {
                referrers.add(draft.draft());
            } else {
                continue;
            }
            values.put(draft.draft(), Wording.render(node));
        }
        if (removers.isEmpty()) {
            keep(place, entry, holders);
        } else if (editors.isEmpty() && referrers.isEmpty()) {
            ledger.apply(Changes.removed(owner, part, entry), removers);
        } else {
            List<String> objections = new ArrayList<>();
            if (!editors.isEmpty()) {
                objections.add("changed by " + Wording.names(editors));
            }
            if (!referrers.isEmpty()) {
                objections.add(Wording.names(referrers) + (referrers.size() == 1 ? " leads" : " lead") + " to it");
            }
            Conflict conflict = new Conflict(place.conflictId(place.self()), place.subject(), place.key(), place.self(),
                    Wording.render(entry), values, place.what() + ": removed by " + Wording.names(removers) + " but "
                            + String.join(" and ", objections) + "; kept as it was until resolved");
            Optional<String> winner = ledger.winner(conflict);
            if (winner.isEmpty()) {
                merged.put(entry.id(), entry);
            } else if (removers.contains(winner.get())) {
                ledger.apply(Changes.removed(owner, part, entry), List.of(winner.get()));
            } else {
                keep(place, entry, holders);
            }
        }
    }

    private void keep(Place place, Node entry, List<Version> holders) {
        if (part.ordered()) {
            position(place, entry.id(), holders);
        }
        merged.put(entry.id(), merge.node(place, entry, holders));
    }

    /** Where a kept entry goes: where the drafts that moved it put it, when they agree on the entry it follows. */
    private void position(Place place, String id, List<Version> holders) {
        Map<String, Optional<String>> anchors = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Version holder : holders) {
            Listing draft = drafts.get(holder.draft());
            if (draft.moved().contains(id)) {
                anchors.put(draft.draft(), Optional.ofNullable(Order.anchor(draft.ids(), id, inBase)));
                shown.put(draft.draft(), Wording.position(part, Order.predecessor(draft.ids(), id)));
            }
        }
        if (anchors.isEmpty()) {
            return;
        }
        if (new HashSet<>(anchors.values()).size() == 1) {
            String first = anchors.keySet().iterator().next();
            moves.put(id, first);
            ledger.apply(Changes.moved(owner, part, id, baseIds, drafts.get(first).ids()), anchors.keySet());
            return;
        }
        String field = place.field("position");
        String was = Wording.position(part, Order.predecessor(baseIds, id));
        List<String> each = shown.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        Conflict conflict = new Conflict(place.conflictId(field), place.subject(), place.key(), field, was, shown,
                place.what() + ": moved to different places by " + Wording.names(each) + "; stays " + was + " until resolved");
        ledger.winner(conflict).ifPresent(winner -> {
            moves.put(id, winner);
            ledger.apply(Changes.moved(owner, part, id, baseIds, drafts.get(winner).ids()), List.of(winner));
        });
    }

    /** Entries the base lacks: taken when every draft that adds one adds the same. */
    private void arrive() {
        Map<String, List<Version>> newcomers = new LinkedHashMap<>();
        for (Listing draft : drafts.values()) {
            for (String id : draft.ids()) {
                if (!inBase.contains(id)) {
                    newcomers.computeIfAbsent(id, x -> new ArrayList<>()).add(new Version(draft.draft(), draft.nodes().get(id)));
                }
            }
        }
        newcomers.forEach((id, versions) -> {
            Place place = owner.child(part, id);
            Version first = versions.getFirst();
            List<String> names = versions.stream().map(Version::draft).toList();
            if (versions.stream().allMatch(v -> DocumentDiff.of(place, first.node(), v.node()).isEmpty())) {
                arrive(first, names);
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            versions.forEach(v -> values.put(v.draft(), Wording.render(v.node())));
            Conflict conflict = new Conflict(place.conflictId(place.self()), place.subject(), place.key(), place.self(), null, values,
                    place.what() + ": added differently by " + Wording.names(names) + "; left out until resolved");
            ledger.winner(conflict).ifPresent(winner -> arrive(versions.get(names.indexOf(winner)), List.of(winner)));
        });
    }

    private void arrive(Version version, List<String> from) {
        String id = version.node().id();
        merged.put(id, version.node());
        arrivals.put(id, version.draft());
        ledger.apply(Changes.added(owner, part, version.node(), Order.predecessor(drafts.get(version.draft()).ids(), id)), from);
    }

    /**
     * The base's order of what stays, then each move and each new entry after the entry it follows in its
     * draft; a new entry goes past those other drafts put at the same place, so drafts keep their order.
     */
    private List<Node> order() {
        List<String> order = new ArrayList<>(baseIds.stream().filter(merged::containsKey).toList());
        for (Listing draft : drafts.values()) {
            for (String id : draft.ids()) {
                if (draft.draft().equals(moves.get(id))) {
                    order.remove(id);
                    Order.insertAfter(order, draft.ids(), id, x -> false);
                }
            }
        }
        for (Listing draft : drafts.values()) {
            for (String id : draft.ids()) {
                if (draft.draft().equals(arrivals.get(id))) {
                    Order.insertAfter(order, draft.ids(), id, x -> !inBase.contains(x) && !draft.nodes().containsKey(x));
                }
            }
        }
        return order.stream().map(merged::get).toList();
    }
}
