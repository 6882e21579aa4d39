package dev.baton.deals.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

import dev.baton.contacts.Contacts;
import dev.baton.deals.Deal;
import dev.baton.deals.DealChanged;
import dev.baton.deals.DealStageChanged;
import dev.baton.deals.Pipeline;
import dev.baton.identity.Identity;
import dev.baton.platform.Ids;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.api.StaleVersionException;
import dev.baton.platform.api.Versions;
import dev.baton.platform.audit.AuditTrail;

/** Adds, changes and moves deals; a move to a won or lost stage closes the deal, a lost one with its reason. */
@Service
public class DealBook {

    /** What a caller writes of a deal. */
    public record DealSpec(UUID pipeline, String stage, String name, BigDecimal amount, String currency, LocalDate expectedClose,
            UUID owner, UUID organisation, List<Deal.DealPerson> people, List<Deal.LineItem> lineItems, Map<String, Object> custom) {
    }

    private final JdbcClient jdbc;
    private final DealReader reader;
    private final Pipelines pipelines;
    private final Contacts contacts;
    private final Identity identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;

    DealBook(JdbcClient jdbc, DealReader reader, Pipelines pipelines, Contacts contacts, Identity identity, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.reader = reader;
        this.pipelines = pipelines;
        this.contacts = contacts;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Deal get(UUID id) {
        return reader.find(id).orElseThrow(() -> new NotFoundException("deal", id));
    }

    @Transactional
    public Deal create(DealSpec spec) {
        Pipeline pipeline = spec.pipeline() == null ? null : pipelines.get(spec.pipeline());
        Checked checked = check(spec, pipeline);
        Pipeline.Stage stage = checked.stage();
        if (!"open".equals(stage.outcome())) {
            throw new InvalidInputException("stage", stage.key(), "a new deal starts in an open stage");
        }
        UUID id = Ids.next(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into deals (id, pipeline_id, stage_id, name, amount, currency, expected_close, owner_id, organisation_id,
                    custom, created_at, updated_at)
                values (:id, :pipeline, :stage, :name, :amount, :currency, :close, :owner, :organisation, cast(:custom as jsonb),
                    :at, :at)""")
                .param("custom", json.writeValueAsString(checked.custom()))
                .param("id", id).param("pipeline", pipeline.id()).param("stage", stage.id()).param("name", spec.name().trim())
                .param("amount", amount(spec)).param("currency", spec.currency() == null ? pipeline.currency() : spec.currency())
                .param("close", spec.expectedClose()).param("owner", spec.owner()).param("organisation", spec.organisation())
                .param("at", Timestamp.from(now)).update();
        writePeopleAndItems(id, spec);
        recordMove(id, null, stage.key(), now);
        Deal deal = get(id);
        audit.record("deal.created", "deal", id, Map.of("name", deal.name(), "stage", stage.key(), "amount", deal.amount()));
        publish(deal, null, null, now);
        return deal;
    }

    @Transactional
    public Deal update(UUID id, DealSpec spec, Long expectedVersion) {
        Deal before = get(id);
        refuseClosedEdits(before);
        Pipeline pipeline = pipelines.get(before.pipeline());
        Checked checked = check(new DealSpec(before.pipeline(), before.stage(), spec.name(), spec.amount(), spec.currency(),
                spec.expectedClose(), spec.owner(), spec.organisation(), spec.people(), spec.lineItems(), spec.custom()), pipeline);
        Versions.check("deal " + id, expectedVersion, before.version());
        int updated = jdbc.sql("""
                update deals set name = :name, amount = :amount, currency = :currency, expected_close = :close, owner_id = :owner,
                    organisation_id = :organisation, custom = cast(:custom as jsonb), updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("custom", json.writeValueAsString(checked.custom()))
                .param("name", spec.name().trim()).param("amount", amount(spec))
                .param("currency", spec.currency() == null ? before.currency() : spec.currency()).param("close", spec.expectedClose())
                .param("owner", spec.owner()).param("organisation", spec.organisation()).param("at", Timestamp.from(clock.instant()))
                .param("id", id).param("version", before.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("deal " + id, get(id).version());
        }
        jdbc.sql("delete from deal_people where deal_id = :id").param("id", id).update();
        jdbc.sql("delete from deal_line_items where deal_id = :id").param("id", id).update();
        writePeopleAndItems(id, spec);
        Deal after = get(id);
        Map<String, List<Object>> changes = changes(before, after);
        if (!changes.isEmpty()) {
            audit.record("deal.changed", "deal", id, changes);
            events.publishEvent(new DealChanged(id, after.name(), after.organisation(),
                    after.people().stream().map(Deal.DealPerson::person).toList(), changes, actor(), after.updatedAt()));
        }
        return after;
    }

    /** Moves a deal to another stage of its pipeline; a lost stage needs a reason, a closed deal can be reopened. */
    @Transactional
    public Deal move(UUID id, String stageKey, String reason, Long expectedVersion) {
        Deal before = get(id);
        Versions.check("deal " + id, expectedVersion, before.version());
        Pipeline.Stage stage = pipelines.get(before.pipeline()).stages().stream().filter(s -> s.key().equals(stageKey)).findFirst()
                .orElseThrow(() -> new InvalidInputException("stage", stageKey, "is not a stage of this deal's pipeline"));
        if ("lost".equals(stage.outcome()) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", reason, "a lost deal needs the reason it was lost");
        }
        if (stage.key().equals(before.stage())) {
            return before;
        }
        Instant now = clock.instant();
        boolean closing = !"open".equals(stage.outcome());
        jdbc.sql("""
                update deals set stage_id = :stage, status = :status, close_reason = :reason, closed_at = :closed,
                    updated_at = :at, version = version + 1 where id = :id""")
                .param("stage", stage.id()).param("status", stage.outcome()).param("reason", closing ? blankToNull(reason) : null)
                .param("closed", closing ? Timestamp.from(now) : null).param("at", Timestamp.from(now)).param("id", id).update();
        recordMove(id, before.stage(), stage.key(), now);
        Deal after = get(id);
        audit.record("deal.moved", "deal", id, Map.of("from", before.stage(), "to", stage.key(), "status", after.status()));
        publish(after, before.stage(), reason, now);
        return after;
    }

    /** Every field that differs, old → new; custom fields as {@code custom.<key>}. */
    static Map<String, List<Object>> changes(Deal before, Deal after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        change(changes, "name", before.name(), after.name());
        change(changes, "amount", before.amount(), after.amount());
        change(changes, "currency", before.currency(), after.currency());
        change(changes, "expectedClose", before.expectedClose(), after.expectedClose());
        change(changes, "owner", before.owner(), after.owner());
        change(changes, "organisation", before.organisationName(), after.organisationName());
        change(changes, "people", before.people().stream().map(p -> p.name() + " (" + p.role() + ")").sorted().toList(),
                after.people().stream().map(p -> p.name() + " (" + p.role() + ")").sorted().toList());
        change(changes, "lineItems", before.lineItems(), after.lineItems());
        java.util.Set<String> keys = new java.util.TreeSet<>(before.custom().keySet());
        keys.addAll(after.custom().keySet());
        for (String key : keys) {
            change(changes, "custom." + key, before.custom().get(key), after.custom().get(key));
        }
        return changes;
    }

    private static void change(Map<String, List<Object>> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b ? a.compareTo(b) == 0
                : java.util.Objects.equals(before, after);
        if (!same) {
            changes.put(field, java.util.Arrays.asList(before, after));
        }
    }

    private record Checked(Pipeline.Stage stage, Map<String, Object> custom) {
    }

    private Checked check(DealSpec spec, Pipeline pipeline) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pipeline == null) {
            throw new InvalidInputException("pipeline", null, "must name the deal's pipeline");
        }
        Pipeline.Stage stage = spec.stage() == null ? pipeline.stages().get(0)
                : pipeline.stages().stream().filter(s -> s.key().equals(spec.stage())).findFirst().orElse(null);
        if (stage == null) {
            problems.add(new FieldProblem("stage", spec.stage(), "is not a stage of " + pipeline.name()));
        }
        if (spec.name() == null || spec.name().isBlank()) {
            problems.add(new FieldProblem("name", spec.name(), "must not be blank"));
        }
        if (spec.amount() != null && spec.amount().signum() < 0) {
            problems.add(new FieldProblem("amount", spec.amount().toPlainString(), "must not be negative"));
        }
        if (spec.currency() != null && !spec.currency().matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", spec.currency(), "must be an ISO 4217 code such as EUR"));
        }
        if (spec.owner() != null && identity.user(spec.owner()).isEmpty()) {
            problems.add(new FieldProblem("owner", spec.owner().toString(), "is not a user"));
        }
        if (spec.organisation() != null && contacts.organisation(spec.organisation()).isEmpty()) {
            problems.add(new FieldProblem("organisation", spec.organisation().toString(), "is not an organisation"));
        }
        List<Deal.DealPerson> people = spec.people() == null ? List.of() : spec.people();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).person() == null || contacts.person(people.get(i).person()).isEmpty()) {
                problems.add(new FieldProblem("people[" + i + "].person", String.valueOf(people.get(i).person()), "is not a person"));
            }
        }
        List<Deal.LineItem> items = spec.lineItems() == null ? List.of() : spec.lineItems();
        for (int i = 0; i < items.size(); i++) {
            Deal.LineItem item = items.get(i);
            if (item.product() == null || item.product().isBlank()) {
                problems.add(new FieldProblem("lineItems[" + i + "].product", item.product(), "must not be blank"));
            }
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                problems.add(new FieldProblem("lineItems[" + i + "].quantity", String.valueOf(item.quantity()), "must be more than 0"));
            }
            if (item.unitPrice() == null || item.unitPrice().signum() < 0) {
                problems.add(new FieldProblem("lineItems[" + i + "].unitPrice", String.valueOf(item.unitPrice()), "must not be negative"));
            }
        }
        Map<String, Object> custom = Map.of();
        try {
            custom = contacts.checkCustomValues("deal", spec.custom());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(stage, custom);
    }

    /** With line items the amount is their total; without, what the caller said. */
    private static BigDecimal amount(DealSpec spec) {
        if (spec.lineItems() != null && !spec.lineItems().isEmpty()) {
            return spec.lineItems().stream().map(i -> i.quantity().multiply(i.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return spec.amount() == null ? BigDecimal.ZERO : spec.amount();
    }

    private void writePeopleAndItems(UUID id, DealSpec spec) {
        for (Deal.DealPerson p : spec.people() == null ? List.<Deal.DealPerson>of() : spec.people()) {
            jdbc.sql("insert into deal_people (deal_id, person_id, role) values (:d, :p, :r) on conflict do nothing")
                    .param("d", id).param("p", p.person()).param("r", p.role() == null || p.role().isBlank() ? "contact" : p.role()).update();
        }
        List<Deal.LineItem> items = spec.lineItems() == null ? List.of() : spec.lineItems();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into deal_line_items (deal_id, position, product, quantity, unit_price) values (:d, :i, :p, :q, :u)")
                    .param("d", id).param("i", i).param("p", items.get(i).product().trim()).param("q", items.get(i).quantity())
                    .param("u", items.get(i).unitPrice()).update();
        }
    }

    private void recordMove(UUID id, String from, String to, Instant now) {
        jdbc.sql("insert into deal_stage_changes (deal_id, from_stage, to_stage, at, by_actor) values (:d, :f, :t, :at, :by)")
                .param("d", id).param("f", from).param("t", to).param("at", Timestamp.from(now)).param("by", actor()).update();
    }

    private void publish(Deal deal, String from, String reason, Instant now) {
        events.publishEvent(new DealStageChanged(deal.id(), deal.name(), deal.organisation(),
                deal.people().stream().map(Deal.DealPerson::person).toList(), from, deal.stage(), deal.status(), reason,
                deal.amount(), deal.currency(), actor(), now));
    }

    /** The stage history of a deal: from, to, when, by whom. */
    public List<Map<String, Object>> history(UUID id) {
        get(id);
        return jdbc.sql("select from_stage, to_stage, at, by_actor from deal_stage_changes where deal_id = :id order by id")
                .param("id", id).query((rs, n) -> {
                    Map<String, Object> change = new java.util.LinkedHashMap<>();
                    change.put("from", rs.getString("from_stage"));
                    change.put("to", rs.getString("to_stage"));
                    change.put("at", rs.getTimestamp("at").toInstant());
                    change.put("by", rs.getString("by_actor"));
                    return change;
                }).list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static void refuseClosedEdits(Deal deal) {
        if (!"open".equals(deal.status())) {
            throw new ConflictException("The deal is " + deal.status() + "; move it back to an open stage to change it.");
        }
    }
}
