package dev.baton.processes.internal.merge;

import dev.baton.processes.Branch;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.Step;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges one or several drafts into the document they started from. What a draft changed and no other
 * draft changed differently is taken; two drafts making the same change is one change. Where drafts
 * disagree the merged document keeps the base and the disagreement is listed as a conflict, until a
 * person picks a side: nothing is silently overwritten and no step is silently lost.
 */
public final class ThreeWayMerge {

    /** The choice that resolves a conflict by keeping the base. */
    public static final String BASE = "base";

    private ThreeWayMerge() {
    }

    public static MergeResult merge(ProcessDocument base, List<Draft> drafts) {
        return merge(base, drafts, Map.of());
    }

    /**
     * Merges again with conflicts resolved: {@code resolutions} maps a conflict's id to the name of the
     * draft whose value wins, or to {@link #BASE}. Ids of conflicts that no longer arise are ignored.
     *
     * @throws IllegalArgumentException when two drafts share a name, or a resolution names a draft that
     *                                  has no value in its conflict
     */
    public static MergeResult merge(ProcessDocument base, List<Draft> drafts, Map<String, String> resolutions) {
        Objects.requireNonNull(base, "no base document");
        Set<String> names = new HashSet<>();
        for (Draft draft : drafts) {
            if (!names.add(draft.name())) {
                throw new IllegalArgumentException("Two drafts are called " + draft.name() + "; each needs its own name");
            }
        }
        Node root = DocumentTree.of(base);
        List<Version> versions = drafts.stream().map(d -> new Version(d.name(), DocumentTree.of(d.document()))).toList();
        Map<String, Set<String>> leadsTo = new LinkedHashMap<>();
        Set<List<String>> flows = flows(base);
        for (Draft draft : drafts) {
            leadsTo.put(draft.name(), flows(draft.document()).stream().filter(f -> !flows.contains(f)).map(List::getLast)
                    .collect(Collectors.toSet()));
        }
        Ledger ledger = new Ledger(resolutions);
        Node merged = new NodeMerge(ledger, leadsTo).node(Place.document(root.id()), root, versions);
        return new MergeResult(DocumentTree.document(merged), ledger.conflicts(), ledger.applied());
    }

    /** Every flow from a step to another that a document names outright, by {@code next} or a branch. */
    private static Set<List<String>> flows(ProcessDocument document) {
        Set<List<String>> flows = new HashSet<>();
        for (Step step : document.steps()) {
            if (step.next() != null) {
                flows.add(List.of(String.valueOf(step.key()), step.next()));
            }
            for (Branch branch : step.branches()) {
                if (branch.to() != null) {
                    flows.add(List.of(String.valueOf(step.key()), branch.to()));
                }
            }
        }
        return flows;
    }
}
