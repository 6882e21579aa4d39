package dev.baton.deals.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.baton.deals.Deal;
import dev.baton.deals.Pipeline;
import dev.baton.deals.internal.Board;
import dev.baton.deals.internal.DealBook;
import dev.baton.deals.internal.Pipelines;
import dev.baton.identity.Permission;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.web.NavItem;

/** The deal board: a column per stage; a card dragged to another column moves the deal. */
@Controller
class BoardPage {

    private final Pipelines pipelines;
    private final Board board;
    private final DealBook deals;

    BoardPage(Pipelines pipelines, Board board, DealBook deals) {
        this.pipelines = pipelines;
        this.board = board;
        this.deals = deals;
    }

    @Bean
    static NavItem dealsNav() {
        return new NavItem("Deals", "/deals", Permission.CONTACTS_READ.code(), 25);
    }

    @GetMapping("/deals")
    @PreAuthorize("hasAuthority('contacts.read')")
    String show(@RequestParam(required = false) UUID pipeline, Model model) {
        List<Pipeline> all = pipelines.all();
        model.addAttribute("pipelines", all);
        if (!all.isEmpty()) {
            model.addAttribute("board", board.of(pipeline == null ? all.get(0).id() : pipeline));
        }
        return "deals/board";
    }

    @PostMapping("/deals/{id}/stage")
    @PreAuthorize("hasAuthority('contacts.write')")
    String move(@PathVariable UUID id, @RequestParam String stage, @RequestParam(required = false) String reason, Model model) {
        Deal deal = deals.get(id);
        try {
            deals.move(id, stage, reason, null);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("board", board.of(deal.pipeline()));
        return "deals/board :: board";
    }
}
