package dev.baton.processes.web;

import dev.baton.processes.Branch;

/** One way out of a gate or a split as the editor's fields: a label, a condition (term, query or else) and the target step. */
record BranchForm(String label, String term, String when, Boolean otherwise, String to) {

    static BranchForm of(Branch branch) {
        return new BranchForm(branch.label(), branch.term(), branch.when(), branch.otherwise(), branch.to());
    }

    static BranchForm empty() {
        return new BranchForm(null, null, null, false, null);
    }

    Branch branch() {
        return new Branch(Text.orNull(label), Text.orNull(term), Text.orNull(when), Boolean.TRUE.equals(otherwise), Text.orNull(to));
    }
}
