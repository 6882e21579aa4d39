package dev.baton.processes.web;

import dev.baton.platform.api.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A document, version or term the address names that does not exist: a page saying so, with the way back. */
@ControllerAdvice(assignableTypes = {HierarchyPage.class, DocumentPage.class, EditorPage.class, YamlEditorPage.class,
        GlossaryPages.class, OutputPages.class})
class MissingPage {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "processes/missing";
    }
}
