package dev.baton.processes.internal.lint;

import dev.baton.processes.ProcessDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the document sits among the others: its parent exists, it is not its own ancestor, its level
 * is below its parent's, and no subprocess it calls calls it back.
 */
final class Ancestry {

    /** How far a chain is followed, should the workspace hold a loop the document is not part of. */
    private static final int LIMIT = 1_000;

    private final ProcessDocument document;
    private final Workspace workspace;
    private final Findings findings;

    Ancestry(ProcessDocument document, Workspace workspace, Findings findings) {
        this.document = document;
        this.workspace = workspace;
        this.findings = findings;
    }

    void check() {
        String parent = document.parent();
        if (Findings.blank(parent)) {
            return;
        }
        String key = document.key();
        List<String> chain = new ArrayList<>(List.of(String.valueOf(key), parent));
        Set<String> seen = new HashSet<>(chain);
        String at = parent;
        while (!at.equals(key)) {
            Optional<String> up = workspace.parentOf(at);
            if (up.isEmpty() || chain.size() > LIMIT) {
                break;
            }
            at = up.get();
            chain.add(at);
            if (!seen.add(at) && !at.equals(key)) {
                break;
            }
        }
        if (at.equals(key)) {
            findings.error("parent-cycle", "parent", null, "The document is its own ancestor: " + String.join(" → ", chain)
                    + ". Choose a parent that is not below it.");
            return;
        }
        if (!workspace.documentExists(parent)) {
            findings.error("parent-unknown", "parent", null, "The parent " + Findings.quote(parent)
                    + " is not a process document: name the key of the document one level up, or leave it empty.");
            return;
        }
        Optional<String> parentLevel = workspace.levelOf(parent);
        int mine = document.level() == null ? -1 : ProcessDocument.LEVELS.indexOf(document.level());
        int theirs = parentLevel.map(ProcessDocument.LEVELS::indexOf).orElse(-1);
        if (mine >= 0 && theirs >= 0 && mine <= theirs) {
            findings.warning("level-not-below-parent", "level", null, "The level " + document.level() + " is not below the parent "
                    + Findings.quote(parent) + ", which is " + parentLevel.get() + ": a child document is one level deeper, such as "
                    + (theirs + 1 < ProcessDocument.LEVELS.size() ? ProcessDocument.LEVELS.get(theirs + 1) : "L4") + ".");
        }
    }

    /**
     * The chain by which calling {@code process} comes back to this document ({@code [this, process, …, this]}),
     * or empty when it does not.
     */
    Optional<List<String>> subprocessCycle(String process) {
        String key = document.key();
        if (key == null || process == null) {
            return Optional.empty();
        }
        if (process.equals(key)) {
            return Optional.of(List.of(key, key));
        }
        Map<String, String> cameFrom = new HashMap<>();
        cameFrom.put(process, null);
        Deque<String> pending = new ArrayDeque<>(List.of(process));
        while (!pending.isEmpty() && cameFrom.size() <= LIMIT) {
            String at = pending.poll();
            for (String called : calls(at)) {
                if (key.equals(called)) {
                    List<String> chain = new ArrayList<>(List.of(key));
                    for (String back = at; back != null; back = cameFrom.get(back)) {
                        chain.addFirst(back);
                    }
                    chain.addFirst(key);
                    return Optional.of(chain);
                }
                if (called != null && !cameFrom.containsKey(called)) {
                    cameFrom.put(called, at);
                    pending.add(called);
                }
            }
        }
        return Optional.empty();
    }

    private List<String> calls(String key) {
        List<String> called = workspace.subprocessesOf(key);
        return called == null ? List.of() : called;
    }
}
