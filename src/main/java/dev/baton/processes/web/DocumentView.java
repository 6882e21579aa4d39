package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.identity.User;
import dev.baton.processes.DocumentState;
import dev.baton.processes.Lane;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Linting;
import dev.baton.processes.internal.SignOff;
import dev.baton.processes.internal.diagram.SvgDiagram;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the document page shows of a version: its state and who still signs it off, what the user may
 * do next, the diagram with the steps lint flags outlined, the steps as written, its lint, the versions
 * and the history, and the addresses of what is written and drawn from it.
 */
@Component
class DocumentView {

    private final DocumentLibrary library;
    private final SignOff signOff;
    private final Linting linting;
    private final Identity identity;

    DocumentView(DocumentLibrary library, SignOff signOff, Linting linting, Identity identity) {
        this.library = library;
        this.signOff = signOff;
        this.linting = linting;
        this.identity = identity;
    }

    /** The page of a version with a message above it, such as why a sign-off step was refused. */
    String render(ProcessVersion version, String problem, Model model) {
        ProcessDocument document = version.body();
        List<LintProblem> lint = linting.check(document);
        User me = identity.current().orElse(null);
        List<String> mine = me == null ? List.of() : me.roles();
        List<String> approvers = SignOff.approvers(version);
        List<String> waiting = signOff.waitingFor(version);
        boolean inReview = DocumentState.IN_REVIEW.equals(version.state());
        Map<String, String> roleNames = identity.roles().stream().collect(Collectors.toMap(Role::key, Role::name, (a, b) -> a));
        Map<String, String> stepNames = new HashMap<>();
        document.steps().stream().filter(s -> s.key() != null)
                .forEach(s -> stepNames.putIfAbsent(s.key(), s.name() == null ? s.key() : s.name()));
        Map<String, String> laneNames = new HashMap<>();
        document.lanes().stream().filter(l -> l.key() != null)
                .forEach(l -> laneNames.putIfAbsent(l.key(), l.name() == null ? l.key() : l.name()));
        model.addAttribute("version", version);
        model.addAttribute("doc", document);
        model.addAttribute("svg", SvgDiagram.render(document, flagged(lint)));
        model.addAttribute("lint", lint);
        model.addAttribute("errors", lint.stream().filter(LintProblem::isError).count());
        model.addAttribute("approvers", approvers);
        model.addAttribute("approverNames", names(approvers, roleNames));
        model.addAttribute("waitingNames", names(waiting, roleNames));
        model.addAttribute("reviews", library.reviews(version.id()));
        model.addAttribute("canApprove", inReview && waiting.stream().anyMatch(mine::contains));
        model.addAttribute("canRequestChanges", inReview && approvers.stream().anyMatch(mine::contains));
        model.addAttribute("versions", library.versions(version.document()).reversed());
        model.addAttribute("history", library.history(version.document()).reversed());
        model.addAttribute("parent", document.parent() == null ? null : library.summary(document.parent()).orElse(null));
        model.addAttribute("roleNames", roleNames);
        model.addAttribute("laneNames", laneNames);
        model.addAttribute("stepNames", stepNames);
        model.addAttribute("roleLanes", document.lanes().stream().filter(Lane::isRole).map(Lane::key).filter(Objects::nonNull)
                .distinct().toList());
        model.addAttribute("outputs", "/processes/" + version.document() + "/versions/" + version.id());
        model.addAttribute("problem", problem);
        return "processes/document";
    }

    private static String names(List<String> roles, Map<String, String> roleNames) {
        return String.join(", ", roles.stream().map(r -> roleNames.getOrDefault(r, r)).toList());
    }

    /** The steps a lint problem is about, outlined in the diagram. */
    static Set<String> flagged(List<LintProblem> lint) {
        return lint.stream().map(LintProblem::step).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
