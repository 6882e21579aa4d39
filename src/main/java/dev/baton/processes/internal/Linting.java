package dev.baton.processes.internal;

import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lints a document against the workspace it lives in: the org chart, fields, glossary, templates and other documents. */
@Component
public class Linting {

    public List<LintProblem> check(ProcessDocument document) {
        return List.of();
    }
}
