package dev.baton.contacts.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.contacts.internal.Tagging;

@RestController
@RequestMapping("/api/v1/tags")
@Tag(name = "Tags", description = "Tags on people and organisations, applied one at a time or in bulk")
class TagsApi {

    record PeopleRequest(List<UUID> people) {
    }

    private final Tagging tagging;

    TagsApi(Tagging tagging) {
        this.tagging = tagging;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Every tag with how many people and organisations carry it")
    List<Tagging.TagUse> list() {
        return tagging.list();
    }

    @PostMapping("/{tag}/people")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Tag up to 200,000 people in one call. All or nothing: if any id is not a person, "
            + "the answer is 400 listing (up to 20 of) them and no one is tagged. The tag is created on first use.")
    Tagging.BulkResult tag(@PathVariable String tag, @RequestBody PeopleRequest request) {
        return tagging.tagPeople(tag, request.people());
    }

    @PostMapping("/{tag}/people/remove")
    @PreAuthorize("hasAuthority('contacts.write')")
    @Operation(summary = "Remove a tag from up to 200,000 people in one call; all or nothing, like tagging")
    Tagging.BulkResult untag(@PathVariable String tag, @RequestBody PeopleRequest request) {
        return tagging.untagPeople(tag, request.people());
    }

    record RenameRequest(String name, Boolean merge) {
    }

    @PutMapping("/{tag}")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Rename a tag; if another tag has the new name, 409 unless merge is true, which gives that tag to "
            + "everyone tagged with this one and deletes this one. Saved searches naming the old tag are not rewritten.")
    Tagging.TagUse rename(@PathVariable String tag, @RequestBody RenameRequest request) {
        return tagging.rename(tag, request.name(), Boolean.TRUE.equals(request.merge()));
    }

    @DeleteMapping("/{tag}")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Delete a tag: it is taken off every person and organisation carrying it")
    Tagging.BulkResult delete(@PathVariable String tag) {
        return tagging.delete(tag);
    }
}
