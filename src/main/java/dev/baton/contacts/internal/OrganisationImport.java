package dev.baton.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Address;
import dev.baton.contacts.CustomField;
import dev.baton.platform.Ids;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.audit.AuditTrail;
import dev.baton.platform.db.CopyWriter;

/** The bulk path for organisations and their relationships: checked first, then written with COPY. */
@Service
public class OrganisationImport {

    /** One organisation to import, first seen at a time (null: now). */
    public record Row(OrganisationDirectory.OrganisationSpec organisation, Instant firstSeen) {
    }

    /** A relationship between two organisations of the same import, by row number. */
    public record Link(int from, String kind, int to) {
    }

    private final CopyWriter copy;
    private final PhoneNumbers phones;
    private final CustomValues customValues;
    private final CustomFieldDirectory fields;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    OrganisationImport(CopyWriter copy, PhoneNumbers phones, CustomValues customValues, CustomFieldDirectory fields,
            AuditTrail audit, ObjectMapper json, Clock clock) {
        this.copy = copy;
        this.phones = phones;
        this.customValues = customValues;
        this.fields = fields;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Imports the organisations and links between them; returns their ids in row order. */
    @Transactional
    public List<UUID> importOrganisations(List<Row> rows, List<Link> links) {
        List<CustomField> definitions = fields.of("organisation");
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OrganisationDirectory.OrganisationSpec o = rows.get(i).organisation();
            String prefix = "rows[" + i + "].";
            String type = o.type() == null ? "prospect" : o.type();
            if (o.name() == null || o.name().isBlank()) {
                problems.add(new FieldProblem(prefix + "name", o.name(), "must not be blank"));
            }
            if (!OrganisationDirectory.TYPES.contains(type)) {
                problems.add(new FieldProblem(prefix + "type", type, "is not an organisation type"));
            }
            String e164 = null;
            Map<String, Object> custom = Map.of();
            try {
                e164 = o.phone() == null ? null : phones.normalise("phone", o.phone());
                custom = customValues.check("organisation", definitions, o.custom());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.value(), p.message())));
            }
            UUID id = Ids.next(clock);
            Instant at = rows.get(i).firstSeen() == null ? clock.instant() : rows.get(i).firstSeen();
            ids.add(id);
            records.add(new Object[] {id, o.name() == null ? null : o.name().trim(), type, o.domain(), o.phone(), e164,
                    json.writeValueAsString(o.address() == null ? Address.NONE : o.address()), o.owner(),
                    json.writeValueAsString(custom), at, at});
        }
        for (Link link : links) {
            if (!OrganisationDirectory.RELATIONSHIPS.contains(link.kind()) || link.from() == link.to()
                    || link.from() < 0 || link.to() < 0 || link.from() >= rows.size() || link.to() >= rows.size()) {
                problems.add(new FieldProblem("links", link.toString(), "is not a relationship between two rows of this import"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 100 ? problems.subList(0, 100) : problems);
        }
        copy.copy("organisations", List.of("id", "name", "type", "domain", "phone", "phone_e164", "address", "owner_id", "custom",
                "created_at", "updated_at"), records);
        Instant now = clock.instant();
        copy.copy("organisation_relationships", List.of("organisation_id", "kind", "of_id", "since"),
                links.stream().distinct().map(l -> new Object[] {ids.get(l.from()), l.kind(), ids.get(l.to()), now}).toList());
        audit.record("organisations.imported", "organisation", "bulk", Map.of("organisations", ids.size()));
        return ids;
    }
}
