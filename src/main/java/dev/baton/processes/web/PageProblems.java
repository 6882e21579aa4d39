package dev.baton.processes.web;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page for what the pages themselves cannot show: a document, version or term the address names
 * that does not exist (404), or a request no form of these pages sends (400), with the way back.
 */
@ControllerAdvice(assignableTypes = {HierarchyPage.class, DocumentPage.class, SignOffActions.class, EditorPage.class,
        YamlEditorPage.class, GlossaryPages.class, OutputPages.class})
class PageProblems {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(NotFoundException e, Model model) {
        model.addAttribute("heading", "Not found");
        model.addAttribute("message", e.getMessage());
        return "processes/problem";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("heading", "That cannot be done");
        model.addAttribute("message", e.getMessage());
        return "processes/problem";
    }
}
