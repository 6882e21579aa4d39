package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.Lane;
import dev.baton.processes.ProcessDocument;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.Stakeholder;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Drafts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The process hierarchy, L1 to L4, with each document's owner and state, and the form that starts a new document. */
@Controller
@PreAuthorize("isAuthenticated()")
class HierarchyPage {

    /** What the new-document form holds, to show it again when it is refused. */
    record NewDocument(String key, String name, String level, String parent, String owner, String kind) {
    }

    private final DocumentLibrary library;
    private final Drafts drafts;
    private final Identity identity;

    HierarchyPage(DocumentLibrary library, Drafts drafts, Identity identity) {
        this.library = library;
        this.drafts = drafts;
        this.identity = identity;
    }

    @GetMapping("/processes")
    String show(Model model) {
        return page(new NewDocument(null, null, "L2", null, null, "workflow"), List.of(), model);
    }

    /**
     * Starts a document as a draft with the owner's lane and the owner as its accountable stakeholder,
     * so that the first step written has a lane to go in; then opens it in the editor.
     */
    @PostMapping("/processes")
    String create(NewDocument form, Model model) {
        String owner = Text.orNull(form.owner());
        List<Lane> lanes = owner == null ? List.of()
                : List.of(new Lane(owner, identity.role(owner).map(Role::name).orElse(owner), Lane.ROLE));
        List<Stakeholder> stakeholders = owner == null ? List.of() : List.of(new Stakeholder(owner, "A"));
        ProcessDocument document = new ProcessDocument(Text.orNull(form.key()), Text.orNull(form.name()), Text.orNull(form.level()),
                Text.orNull(form.parent()), owner, Text.orNull(form.kind()), null, List.of(), stakeholders, lanes, List.of());
        try {
            ProcessVersion draft = drafts.create(document, Pages.me(identity));
            return "redirect:/processes/" + draft.document() + "/edit?v=" + draft.id();
        } catch (InvalidInputException e) {
            return page(form, e.problems(), model);
        } catch (ConflictException e) {
            return page(form, List.of(new FieldProblem("key", form.key(), e.getMessage())), model);
        }
    }

    private String page(NewDocument form, List<FieldProblem> problems, Model model) {
        Map<String, String> roleNames = new HashMap<>();
        List<Role> roles = identity.roles();
        roles.forEach(r -> roleNames.put(r.key(), r.name()));
        Map<String, String> states = new HashMap<>();
        library.newest().forEach(v -> states.put(v.document(), v.state()));
        var summaries = library.summaries();
        model.addAttribute("tree", Hierarchy.of(summaries, roleNames, states));
        model.addAttribute("documents", summaries);
        model.addAttribute("roles", roles);
        model.addAttribute("levels", ProcessDocument.LEVELS);
        model.addAttribute("kinds", ProcessDocument.KINDS);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "processes/hierarchy";
    }
}
