package dev.baton.deals.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.deals.Deal;
import dev.baton.deals.Pipeline;
import dev.baton.deals.internal.Board;
import dev.baton.deals.internal.DealBook;
import dev.baton.deals.internal.DealReader;
import dev.baton.deals.internal.Pipelines;
import dev.baton.platform.api.CursorPage;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deals", description = "Pipelines, stages, deals, the board and its forecast")
class DealsApi {

    record PipelineRequest(String name, String currency, List<Pipelines.StageSpec> stages) {
    }

    record MoveRequest(String stage, String reason) {
    }

    private final Pipelines pipelines;
    private final DealBook deals;
    private final DealReader reader;
    private final Board board;

    DealsApi(Pipelines pipelines, DealBook deals, DealReader reader, Board board) {
        this.pipelines = pipelines;
        this.deals = deals;
        this.reader = reader;
        this.board = board;
    }

    @GetMapping("/pipelines")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<Pipeline> pipelines() {
        return pipelines.all();
    }

    @GetMapping("/pipelines/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    Pipeline pipeline(@PathVariable UUID id) {
        return pipelines.get(id);
    }

    @PostMapping("/pipelines")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Create a pipeline with its ordered stages (key, name, probability 0-100, outcome open/won/lost)")
    ResponseEntity<Pipeline> createPipeline(@RequestBody PipelineRequest request) {
        Pipeline pipeline = pipelines.create(request.name(), request.currency(), request.stages());
        return ResponseEntity.created(URI.create("/api/v1/pipelines/" + pipeline.id())).body(pipeline);
    }

    @GetMapping("/pipelines/{id}/board")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "The board: per stage the cards, the total and the weighted forecast")
    Board.View board(@PathVariable UUID id) {
        return board.of(id);
    }

    @GetMapping("/deals")
    @PreAuthorize("hasAuthority('contacts.read')")
    CursorPage<Deal> list(@RequestParam(required = false) UUID pipeline, @RequestParam(required = false) String stage,
            @RequestParam(required = false) UUID owner, @RequestParam(required = false) UUID organisation,
            @RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return reader.list(new DealReader.DealFilter(pipeline, stage, owner, organisation, status), cursor, CursorPage.limit(limit));
    }

    @GetMapping("/deals/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<Deal> get(@PathVariable UUID id) {
        Deal deal = deals.get(id);
        return Versions.ok(deal, deal.version());
    }

    @PostMapping("/deals")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Add a deal; with line items its amount is their total")
    ResponseEntity<Deal> create(@RequestBody DealBook.DealSpec spec) {
        Deal deal = deals.create(spec);
        return ResponseEntity.created(URI.create("/api/v1/deals/" + deal.id())).eTag(Versions.etag(deal.version())).body(deal);
    }

    @PutMapping("/deals/{id}")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Change an open deal (its stage changes through /stage); send If-Match")
    ResponseEntity<Deal> update(@PathVariable UUID id, @RequestBody DealBook.DealSpec spec,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Deal deal = deals.update(id, spec, Versions.expected(ifMatch));
        return Versions.ok(deal, deal.version());
    }

    @PostMapping("/deals/{id}/stage")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Move a deal to a stage; a lost stage needs a reason; won and lost close the deal")
    ResponseEntity<Deal> move(@PathVariable UUID id, @RequestBody MoveRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Deal deal = deals.move(id, request.stage(), request.reason(), Versions.expected(ifMatch));
        return Versions.ok(deal, deal.version());
    }

    @GetMapping("/deals/{id}/history")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<Map<String, Object>> history(@PathVariable UUID id) {
        return deals.history(id);
    }
}
