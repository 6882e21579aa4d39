package dev.baton.processes.internal.lint;

import dev.baton.processes.Branch;
import java.util.List;

/**
 * A gate's branches: two or more, each with one condition (a glossary term, a saved-search query
 * or else), leading to a step, and together covering every case. They cover every case when one
 * branch is the else branch, or when there are exactly two branches whose queries are {@code X} and
 * {@code not (X)}; nothing cleverer is attempted, so any other set of conditions needs an else.
 */
final class Gates {

    private Gates() {
    }

    static void check(StepAt at, Findings findings, StepContent content) {
        List<Branch> branches = at.step().branches();
        if (branches.size() < 2) {
            findings.error("gate-branches", at, "branches", "The gate " + at.label() + " has " + branches.size()
                    + (branches.size() == 1 ? " branch" : " branches") + ": a gate chooses between two or more branches, "
                    + "one of them usually the else branch.");
        }
        int elses = 0;
        for (int b = 0; b < branches.size(); b++) {
            Branch branch = branches.get(b);
            String where = "branches[" + b + "]";
            content.target(at, where + ".to", branch.to());
            boolean term = !Findings.blank(branch.term());
            boolean when = !Findings.blank(branch.when());
            int conditions = (term ? 1 : 0) + (when ? 1 : 0) + (branch.otherwise() ? 1 : 0);
            if (conditions == 0) {
                findings.error("branch-condition-missing", at, where, "The branch of the gate " + at.label() + " to "
                        + Findings.quote(branch.to()) + " has no condition: give it a glossary term, a query (when) or make it the else branch.");
            } else if (conditions > 1) {
                findings.error("branch-condition-ambiguous", at, where, "The branch of the gate " + at.label() + " to "
                        + Findings.quote(branch.to()) + " has more than one condition: give it only one of term, when and else.");
            }
            if (term && !content.termExists(branch.term())) {
                findings.error("branch-term-unknown", at, where + ".term", "The gate " + at.label() + " branches on the term "
                        + Findings.quote(branch.term()) + ", which is not in the workspace glossary: define it there first, or use a query.");
            } else if (term && !content.termListed(branch.term())) {
                findings.warning("branch-term-unlisted", at, where + ".term", "The gate " + at.label() + " branches on the term "
                        + Findings.quote(branch.term()) + ", which the document's glossary does not list: add it to the glossary.");
            }
            if (when) {
                content.query(at, where + ".when", branch.when());
            }
            if (branch.otherwise()) {
                elses++;
                if (elses == 2) {
                    findings.error("gate-else-duplicate", at, where, "The gate " + at.label()
                            + " has more than one else branch: keep one, and give the others a condition.");
                }
            }
        }
        if (elses == 0 && !branches.isEmpty() && !complementary(branches)) {
            findings.error("gate-no-else", at, "branches", "The gate " + at.label() + " has no else branch, so a case that meets none of "
                    + "its conditions has nowhere to go: add a branch with else: true, or use two queries X and not (X).");
        }
    }

    /** Two branches on queries, one the negation of the other: {@code X} and {@code not (X)}. */
    static boolean complementary(List<Branch> branches) {
        if (branches.size() != 2 || branches.stream().anyMatch(b -> Findings.blank(b.when()) || !Findings.blank(b.term()) || b.otherwise())) {
            return false;
        }
        String a = normal(branches.get(0).when());
        String b = normal(branches.get(1).when());
        return negates(a, b) || negates(b, a);
    }

    private static boolean negates(String negation, String query) {
        return negation.equals("not (" + query + ")") || negation.equals("not(" + query + ")");
    }

    private static String normal(String query) {
        return query.strip().replaceAll("\\s+", " ");
    }
}
