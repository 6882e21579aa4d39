/**
 * Lint of process documents, run on every save: {@link dev.baton.processes.internal.lint.Lint#check} gives the
 * problems of a document, in document order, against what a {@link dev.baton.processes.internal.lint.Workspace}
 * knows. Errors block review, warnings are shown. The codes, which the UI and tests may rely on:
 *
 * <p>Header — errors: {@code key-missing}, {@code key-format} (lower-case words joined by dashes), {@code name-missing},
 * {@code level-invalid} (L1–L4), {@code owner-missing}, {@code owner-unknown} (not an org-chart role),
 * {@code kind-invalid} (workflow or campaign), {@code parent-unknown}, {@code parent-cycle} (the document is its
 * own ancestor); warning: {@code level-not-below-parent}. {@code document-missing} when there is no document at all.
 *
 * <p>Glossary and stakeholders — errors: {@code glossary-term-unknown}, {@code stakeholder-role-unknown};
 * warnings: {@code glossary-term-duplicate}, {@code stakeholder-raci-invalid}.
 *
 * <p>Lanes — errors: {@code lane-key-missing}, {@code lane-duplicate}, {@code lane-kind-unknown},
 * {@code lane-role-unknown} (a role lane's key is not an org-chart role); warning: {@code lane-unused}.
 *
 * <p>Steps — errors: {@code step-key-missing}, {@code step-key-format}, {@code step-duplicate},
 * {@code step-type-unknown}, {@code step-lane-missing}, {@code step-lane-unknown} (also for {@code shared}),
 * {@code task-lane-not-role}; warning: {@code partially-owned} (shared with other lanes, or a gate decided in a
 * persona or external lane).
 *
 * <p>Flow — errors: {@code trigger-missing}, {@code step-unreachable} (no trigger leads to it), {@code dead-end}
 * (the flow stops at a step that is not an exit), {@code endless-loop} (steps that only lead to each other),
 * {@code next-unknown}, {@code branch-target-missing}, {@code branch-target-unknown}; warning: {@code next-ignored}
 * (on an exit, gate or split).
 *
 * <p>Gates — errors: {@code gate-branches} (fewer than two), {@code gate-no-else}, {@code gate-else-duplicate},
 * {@code branch-condition-missing}, {@code branch-condition-ambiguous}, {@code branch-term-unknown},
 * {@code query-invalid}; warning: {@code branch-term-unlisted} (a term the document's glossary does not list).
 * A gate covers every case with an else branch, or with exactly two query branches {@code X} and {@code not (X)}.
 *
 * <p>Parallel splits — errors: {@code parallel-branches} (fewer than two), {@code parallel-unjoined} (a branch
 * reaches an exit before a join, never reaches a join, or the branches meet at different joins),
 * {@code join-without-split}; warning: {@code parallel-branch-condition}.
 *
 * <p>What a step holds — errors: {@code trigger-event-unknown}, {@code trigger-value-missing},
 * {@code action-unknown}, {@code action-setting-missing}, {@code template-unknown}, {@code role-unknown},
 * {@code webhook-url-invalid}, {@code process-unknown}, {@code wait-missing}, {@code wait-duration-invalid},
 * {@code wait-until-invalid}, {@code sla-invalid}, {@code subprocess-missing}, {@code subprocess-unknown},
 * {@code subprocess-cycle}, {@code exit-outcome-unknown}, {@code field-unknown} (reads, writes, a trigger's or a
 * set_field's field, a wait's until).
 */
package dev.baton.processes.internal.lint;
