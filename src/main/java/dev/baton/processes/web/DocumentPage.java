package dev.baton.processes.web;

import dev.baton.processes.internal.DocumentLibrary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A process document's page, at its newest version unless {@code ?v=} names another (an id, a number, "published"). */
@Controller
@PreAuthorize("isAuthenticated()")
class DocumentPage {

    private final DocumentLibrary library;
    private final DocumentView view;

    DocumentPage(DocumentLibrary library, DocumentView view) {
        this.library = library;
        this.view = view;
    }

    @GetMapping("/processes/{key}")
    String show(@PathVariable String key, @RequestParam(name = "v", defaultValue = "latest") String ref, Model model) {
        return view.render(library.version(key, ref), null, model);
    }
}
