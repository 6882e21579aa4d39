package dev.baton.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.baton.contacts.internal.PeopleImport;
import dev.baton.contacts.internal.PersonSpec;
import dev.baton.platform.api.InvalidInputException;

@RestController
@RequestMapping("/api/v1/people/import")
@Tag(name = "People")
class PeopleImportApi {

    static final int MAX_ROWS = 50_000;

    /** Many people in one call; {@code firstSeen} backdates a row (default now), source defaults to import. */
    record ImportRequest(List<Row> people) {
    }

    record Row(PeopleApi.PersonRequest person, Instant firstSeen) {
    }

    record ImportResult(int imported, List<UUID> ids) {
    }

    private final PeopleImport importer;

    PeopleImportApi(PeopleImport importer) {
        this.importer = importer;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('contacts.write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import up to 50,000 people in one call. All or nothing: every row is checked first and any problem "
            + "is answered with 400 naming rows[i].field (at most 100 listed); then all rows are written at once. "
            + "Emails already in Baton, or twice in the import, are problems.")
    ImportResult importPeople(@RequestBody ImportRequest request) {
        List<Row> rows = request.people() == null ? List.of() : request.people();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException("people", String.valueOf(rows.size()), "must list 1 to " + MAX_ROWS + " people");
        }
        List<UUID> ids = importer.importPeople(rows.stream().map(r -> new PeopleImport.Row(r.person().spec(),
                r.person().arrival().source() == null ? new PersonSpec.Arrival("import", r.person().sourceDetail(),
                        r.person().emailConsent(), r.person().consentSource(), r.person().tags()) : r.person().arrival(),
                r.firstSeen())).toList());
        return new ImportResult(ids.size(), ids);
    }
}
