package dev.baton.automation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.automation.WorkflowRun;
import dev.baton.automation.WorkflowVersion;
import dev.baton.automation.Workflows;
import dev.baton.contacts.Contacts;
import dev.baton.deals.Deals;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;

@RestController
@RequestMapping("/api/v1/workflows")
@Tag(name = "Workflows", description = "Workflow-kind processes running on the BPMN engine: versions, the runs about a record, starting one by hand")
class WorkflowsApi {

    record StartRequest(UUID person, UUID deal) {
    }

    private final Workflows workflows;
    private final Contacts contacts;
    private final Deals deals;

    WorkflowsApi(Workflows workflows, Contacts contacts, Deals deals) {
        this.workflows = workflows;
        this.contacts = contacts;
        this.deals = deals;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every workflow's newest deployed version, what starts it, and how many runs are going")
    List<WorkflowVersion> deployed() {
        return workflows.deployed();
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "The runs about a person or a deal, newest first, with the steps each went through and the tasks it waits for")
    List<WorkflowRun> runs(@RequestParam UUID record) {
        return workflows.runs(record);
    }

    @PostMapping("/{key}/runs")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Start a run for a person or a deal by hand (a manual trigger); 409 while that record has one going")
    ResponseEntity<WorkflowRun> start(@PathVariable String key, @RequestBody StartRequest request) {
        if (request.person() == null && request.deal() == null) {
            throw new InvalidInputException("person", null, "name the person or the deal the run is about");
        }
        if (request.person() != null && contacts.person(request.person()).isEmpty()) {
            throw new InvalidInputException("person", request.person().toString(), "is not a person");
        }
        if (request.deal() != null && deals.deal(request.deal()).isEmpty()) {
            throw new InvalidInputException("deal", request.deal().toString(), "is not a deal");
        }
        WorkflowRun run = workflows.start(key, request.person(), request.deal()).orElseThrow(() -> new ConflictException(
                "That record has a run of " + key + " going already: one run per record at a time."));
        return ResponseEntity.created(URI.create("/api/v1/workflows/runs?record=" + run.record())).body(run);
    }
}
