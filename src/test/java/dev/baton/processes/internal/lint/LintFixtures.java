package dev.baton.processes.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.processes.DocumentYaml;
import dev.baton.processes.LintProblem;
import dev.baton.processes.Samples;
import java.util.List;

/** The Lead Management demo and variants of it with one thing broken, linted against the demo workspace. */
final class LintFixtures {

    private LintFixtures() {
    }

    static String demo() {
        return Samples.yaml("lead-management");
    }

    /** The demo with {@code from} replaced by {@code to}; {@code from} must be in it once. */
    static String demoWith(String from, String to) {
        String yaml = demo();
        assertThat(yaml.indexOf(from)).as("the demo holds " + from).isNotNegative().isEqualTo(yaml.lastIndexOf(from));
        return yaml.replace(from, to);
    }

    static List<LintProblem> lint(String yaml) {
        return lint(yaml, InMemoryWorkspace.demo());
    }

    static List<LintProblem> lint(String yaml, Workspace workspace) {
        return Lint.check(DocumentYaml.read(yaml), workspace);
    }

    static List<LintProblem> withCode(List<LintProblem> problems, String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }
}
