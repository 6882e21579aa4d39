package dev.baton.contacts.web;

import java.net.URI;
import java.util.List;
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

import dev.baton.contacts.CustomField;
import dev.baton.contacts.LifecycleStage;
import dev.baton.contacts.internal.CustomFieldDirectory;
import dev.baton.contacts.internal.LifecycleStages;
import dev.baton.platform.api.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contact settings", description = "Custom fields and the lifecycle stages")
class SettingsApi {

    record FieldRequest(String object, String key, String label, String type, Boolean required, String pattern,
            List<String> options) {
        CustomFieldDirectory.FieldSpec spec() {
            return new CustomFieldDirectory.FieldSpec(object, key, label, type, Boolean.TRUE.equals(required), pattern, options);
        }
    }

    private final CustomFieldDirectory fields;
    private final LifecycleStages stages;

    SettingsApi(CustomFieldDirectory fields, LifecycleStages stages) {
        this.fields = fields;
        this.stages = stages;
    }

    @GetMapping("/custom-fields")
    @PreAuthorize("hasAuthority('contacts.read')")
    @Operation(summary = "Custom field definitions, optionally of one object (person, organisation, deal)")
    List<CustomField> list(@RequestParam(required = false) String object) {
        return object == null ? fields.all() : fields.of(object);
    }

    @GetMapping("/custom-fields/{id}")
    @PreAuthorize("hasAuthority('contacts.read')")
    ResponseEntity<CustomField> get(@PathVariable UUID id) {
        CustomField field = fields.get(id);
        return Versions.ok(field, field.version());
    }

    @PostMapping("/custom-fields")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Define a custom field: type text, number, date, boolean, select or multiselect")
    ResponseEntity<CustomField> create(@RequestBody FieldRequest request) {
        CustomField field = fields.create(request.spec());
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.id())).eTag(Versions.etag(field.version())).body(field);
    }

    @PutMapping("/custom-fields/{id}")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Change a field's label, rules and options (its object, key and type stay)")
    ResponseEntity<CustomField> update(@PathVariable UUID id, @RequestBody FieldRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CustomField field = fields.update(id, request.spec(), Versions.expected(ifMatch));
        return Versions.ok(field, field.version());
    }

    @GetMapping("/lifecycle-stages")
    @PreAuthorize("hasAuthority('contacts.read')")
    List<LifecycleStage> stages() {
        return stages.all();
    }

    @PutMapping("/lifecycle-stages")
    @PreAuthorize("hasAuthority('settings.manage')")
    @Operation(summary = "Replace the ordered lifecycle stages: add, rename, reorder; a stage people are at cannot be removed (409)")
    List<LifecycleStage> replaceStages(@RequestBody List<LifecycleStages.StageSpec> stages) {
        return this.stages.replace(stages);
    }
}
