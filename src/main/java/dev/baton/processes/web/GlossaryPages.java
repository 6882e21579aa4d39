package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.identity.Role;
import dev.baton.identity.User;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.GlossaryChange;
import dev.baton.processes.GlossaryTerm;
import dev.baton.processes.internal.GlossaryBook;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The glossary: every term with its definition, criterion and owner; a term's page with where it is
 * used and the changes proposed to it, which its approvers approve or send back; the form to propose one.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class GlossaryPages {

    /** A proposed change with what the signed-in user may do about it. */
    record ChangeView(GlossaryChange change, boolean canApprove, boolean canSendBack) {

        static ChangeView of(GlossaryChange change, List<String> mine) {
            boolean open = "in_review".equals(change.state());
            return new ChangeView(change, open && change.waitingFor().stream().anyMatch(mine::contains),
                    open && change.approvers().stream().anyMatch(mine::contains));
        }
    }

    private final GlossaryBook glossary;
    private final Identity identity;

    GlossaryPages(GlossaryBook glossary, Identity identity) {
        this.glossary = glossary;
        this.identity = identity;
    }

    @GetMapping("/glossary")
    String list(Model model) {
        return list(new GlossaryBook.TermSpec(null, null, null, null, null, null), List.of(), model);
    }

    /** Adds a term at once (settings managers only): nothing relies on a word before it exists. */
    @PostMapping("/glossary")
    @PreAuthorize("hasAuthority('settings.manage')")
    String add(GlossaryBook.TermSpec spec, Model model) {
        try {
            GlossaryTerm term = glossary.add(spec);
            return "redirect:/glossary/" + term.key() + "?added";
        } catch (InvalidInputException e) {
            return list(spec, e.problems(), model);
        } catch (ConflictException e) {
            return list(spec, List.of(new FieldProblem("key", spec.key(), e.getMessage())), model);
        }
    }

    @GetMapping("/glossary/{key}")
    String term(@PathVariable String key, Model model) {
        GlossaryTerm term = glossary.term(key);
        return term(term, new GlossaryBook.TermSpec(key, term.name(), term.definition(), term.criterion(), term.owner(), null), List.of(),
                null, model);
    }

    @PostMapping("/glossary/{key}/changes")
    String propose(@PathVariable String key, GlossaryBook.TermSpec spec, Model model) {
        try {
            glossary.propose(key, spec, identity.current().orElse(null));
            return "redirect:/glossary/" + key + "?proposed";
        } catch (InvalidInputException e) {
            return term(glossary.term(key), spec, e.problems(), null, model);
        }
    }

    @PostMapping("/glossary/changes/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model) {
        return decide(id, "approved", model, () -> glossary.approve(id, Pages.me(identity), Text.orNull(comment)));
    }

    @PostMapping("/glossary/changes/{id}/request-changes")
    String requestChanges(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model) {
        return decide(id, "sent-back", model, () -> glossary.requestChanges(id, Pages.me(identity), comment));
    }

    private String decide(UUID id, String done, Model model, Supplier<GlossaryChange> decision) {
        GlossaryChange change = glossary.change(id);
        try {
            GlossaryChange decided = decision.get();
            return "redirect:/glossary/" + change.term() + "?" + ("applied".equals(decided.state()) ? "applied" : done);
        } catch (ConflictException | InvalidInputException | AccessDeniedException e) {
            GlossaryTerm term = glossary.term(change.term());
            return term(term, new GlossaryBook.TermSpec(term.key(), term.name(), term.definition(), term.criterion(), term.owner(), null),
                    List.of(), e.getMessage(), model);
        }
    }

    private String list(GlossaryBook.TermSpec form, List<FieldProblem> problems, Model model) {
        model.addAttribute("terms", glossary.terms());
        model.addAttribute("roles", identity.roles());
        model.addAttribute("roleNames", roleNames());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "processes/glossary";
    }

    private String term(GlossaryTerm term, GlossaryBook.TermSpec form, List<FieldProblem> problems, String problem, Model model) {
        List<String> mine = identity.current().map(User::roles).orElse(List.of());
        model.addAttribute("term", term);
        model.addAttribute("uses", glossary.whereUsed(term.key()));
        model.addAttribute("changes", glossary.changes(term.key()).stream().map(c -> ChangeView.of(c, mine)).toList());
        model.addAttribute("roles", identity.roles());
        model.addAttribute("roleNames", roleNames());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problem", problem);
        return "processes/term";
    }

    private Map<String, String> roleNames() {
        return identity.roles().stream().collect(Collectors.toMap(Role::key, Role::name, (a, b) -> a));
    }
}
