package dev.baton.automation.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;

/** A page for a campaign or document version the address names that does not exist (404), or a request no form sends (400). */
@ControllerAdvice(assignableTypes = {CampaignPages.class, SimulationPages.class})
class AutomationPageProblems {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing(NotFoundException e, Model model) {
        model.addAttribute("heading", "Not found");
        model.addAttribute("message", e.getMessage());
        return "automation/problem";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("heading", "That cannot be done");
        model.addAttribute("message", e.getMessage());
        return "automation/problem";
    }
}
