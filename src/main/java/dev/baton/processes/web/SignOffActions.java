package dev.baton.processes.web;

import dev.baton.identity.Identity;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.processes.LintProblem;
import dev.baton.processes.ProcessVersion;
import dev.baton.processes.internal.DocumentLibrary;
import dev.baton.processes.internal.Drafts;
import dev.baton.processes.internal.SignOff;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-off buttons of the document page: send to review, approve, ask for changes, publish, and
 * draft a change. Each goes back to the version's page; a step the version's state or the user's
 * roles do not allow is shown there with the reason.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SignOffActions {

    private final DocumentLibrary library;
    private final SignOff signOff;
    private final Drafts drafts;
    private final Identity identity;
    private final DocumentView view;

    SignOffActions(DocumentLibrary library, SignOff signOff, Drafts drafts, Identity identity, DocumentView view) {
        this.library = library;
        this.signOff = signOff;
        this.drafts = drafts;
        this.identity = identity;
        this.view = view;
    }

    @PostMapping("/processes/{key}/versions/{ref}/review")
    String submit(@PathVariable String key, @PathVariable String ref, Model model) {
        return decide(key, ref, "sent", model, () -> signOff.submit(key, ref, Pages.me(identity)));
    }

    @PostMapping("/processes/{key}/versions/{ref}/approve")
    String approve(@PathVariable String key, @PathVariable String ref, @RequestParam(required = false) String comment, Model model) {
        return decide(key, ref, "approved", model, () -> signOff.approve(key, ref, Pages.me(identity), Text.orNull(comment)));
    }

    @PostMapping("/processes/{key}/versions/{ref}/request-changes")
    String requestChanges(@PathVariable String key, @PathVariable String ref, @RequestParam(required = false) String comment,
            Model model) {
        return decide(key, ref, "changes-requested", model, () -> signOff.requestChanges(key, ref, Pages.me(identity), comment));
    }

    @PostMapping("/processes/{key}/versions/{ref}/publish")
    String publish(@PathVariable String key, @PathVariable String ref, Model model) {
        return decide(key, ref, "published", model, () -> signOff.publish(key, ref, Pages.me(identity)));
    }

    /** Starts a draft from the version and opens it in the editor. */
    @PostMapping("/processes/{key}/drafts")
    String draft(@PathVariable String key, @RequestParam(name = "from", defaultValue = "published") String from) {
        ProcessVersion draft = drafts.draftFrom(key, from, null, Pages.me(identity));
        return "redirect:/processes/" + key + "/edit?v=" + draft.id();
    }

    private String decide(String key, String ref, String done, Model model, Supplier<ProcessVersion> step) {
        try {
            ProcessVersion after = step.get();
            return "redirect:/processes/" + key + "?v=" + after.id() + "&" + done;
        } catch (ConflictException e) {
            return view.render(library.version(key, ref), e.getMessage() + lintErrors(e), model);
        } catch (InvalidInputException | AccessDeniedException e) {
            return view.render(library.version(key, ref), e.getMessage(), model);
        }
    }

    private static String lintErrors(ConflictException e) {
        StringBuilder list = new StringBuilder();
        for (Object error : e.errors()) {
            if (error instanceof LintProblem p) {
                list.append(" ").append(p.message());
            }
        }
        return list.toString();
    }
}
