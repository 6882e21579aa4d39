package dev.baton.contacts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.contacts.PeopleTagged;
import dev.baton.contacts.PeopleUntagged;
import dev.baton.platform.api.ConflictException;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;
import dev.baton.platform.audit.AuditTrail;

/**
 * Tags, created on first use and matched without regard to letter case. Applying or removing a
 * tag is one statement however many people it touches, and all-or-nothing: if any id is unknown
 * nothing is written.
 */
@Service
public class Tagging {

    static final int EVENT_BATCH = 1_000;
    static final int MAX_BULK = 200_000;

    /** A tag and how many people and organisations carry it. */
    public record TagUse(String name, long people, long organisations) {
    }

    /** What a bulk change did: how many were asked for, and how many actually changed. */
    public record BulkResult(String tag, int requested, int changed) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tagging(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<TagUse> list() {
        return jdbc.sql("""
                select t.name, (select count(*) from person_tags pt where pt.tag_id = t.id) as people,
                       (select count(*) from organisation_tags ot where ot.tag_id = t.id) as organisations
                from tags t order by lower(t.name)""")
                .query((rs, n) -> new TagUse(rs.getString("name"), rs.getLong("people"), rs.getLong("organisations"))).list();
    }

    @Transactional
    public BulkResult tagPeople(String name, List<UUID> people) {
        List<UUID> ids = checkPeople(people);
        String tag = checkName(name);
        long tagId = ensure(tag);
        Instant now = clock.instant();
        List<UUID> changed = jdbc.sql("""
                insert into person_tags (tag_id, person_id, tagged_at) select :tag, unnest(:ids), :at
                on conflict do nothing returning person_id""")
                .param("tag", tagId).param("ids", ids.toArray(UUID[]::new)).param("at", Timestamp.from(now))
                .query(UUID.class).list();
        publish(changed, batch -> new PeopleTagged(tag, batch, actor(), now));
        audit.record("tag.applied", "tag", tag, Map.of("people", changed.size()));
        return new BulkResult(tag, ids.size(), changed.size());
    }

    /**
     * Tags those of {@code people} who still exist (for automated steps, where a person may have
     * been erased since); returns how many gained the tag.
     */
    @Transactional
    public int tagExisting(String name, List<UUID> people) {
        String tag = checkName(name);
        long tagId = ensure(tag);
        Instant now = clock.instant();
        List<UUID> changed = jdbc.sql("""
                insert into person_tags (tag_id, person_id, tagged_at)
                select :tag, g.id, :at from unnest(:ids) as g(id) join people p on p.id = g.id
                on conflict do nothing returning person_id""")
                .param("tag", tagId).param("ids", people.toArray(UUID[]::new)).param("at", Timestamp.from(now))
                .query(UUID.class).list();
        publish(changed, batch -> new PeopleTagged(tag, batch, actor(), now));
        return changed.size();
    }

    /** Takes a tag off those of {@code people} who carry it; returns how many did. */
    @Transactional
    public int untagExisting(String name, List<UUID> people) {
        String tag = checkName(name);
        Long tagId = find(tag);
        if (tagId == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<UUID> changed = jdbc.sql("delete from person_tags where tag_id = :tag and person_id = any(:ids) returning person_id")
                .param("tag", tagId).param("ids", people.toArray(UUID[]::new)).query(UUID.class).list();
        publish(changed, batch -> new PeopleUntagged(tag, batch, actor(), now));
        return changed.size();
    }

    @Transactional
    public BulkResult untagPeople(String name, List<UUID> people) {
        List<UUID> ids = checkPeople(people);
        String tag = checkName(name);
        Long tagId = find(tag);
        if (tagId == null) {
            throw new NotFoundException("tag", tag);
        }
        Instant now = clock.instant();
        List<UUID> changed = jdbc.sql("delete from person_tags where tag_id = :tag and person_id = any(:ids) returning person_id")
                .param("tag", tagId).param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
        publish(changed, batch -> new PeopleUntagged(tag, batch, actor(), now));
        audit.record("tag.removed", "tag", tag, Map.of("people", changed.size()));
        return new BulkResult(tag, ids.size(), changed.size());
    }

    /**
     * Renames a tag (a change of letter case included). When another tag already has the new name,
     * the two are merged only if asked ({@code merge}), otherwise 409: merging cannot be undone.
     * Merging gives the other tag to everyone who carried this one (an event for those who did not
     * have it yet) and deletes this one.
     */
    @Transactional
    public TagUse rename(String name, String newName, boolean merge) {
        String from = checkName(name);
        String to = checkName(newName);
        Long fromId = find(from);
        if (fromId == null) {
            throw new NotFoundException("tag", from);
        }
        Long toId = find(to);
        if (toId == null || toId.equals(fromId)) {
            jdbc.sql("update tags set name = :name where id = :id").param("name", to).param("id", fromId).update();
            audit.record("tag.renamed", "tag", to, Map.of("from", from, "to", to));
            return use(to);
        }
        if (!merge) {
            throw new ConflictException("The tag " + to + " already exists; rename with merge to give it to everyone tagged "
                    + from + " and delete " + from + ".");
        }
        Instant now = clock.instant();
        List<UUID> gained = jdbc.sql("""
                insert into person_tags (tag_id, person_id, tagged_at)
                select :to, person_id, tagged_at from person_tags where tag_id = :from
                on conflict do nothing returning person_id""")
                .param("to", toId).param("from", fromId).query(UUID.class).list();
        jdbc.sql("""
                insert into organisation_tags (tag_id, organisation_id, tagged_at)
                select :to, organisation_id, tagged_at from organisation_tags where tag_id = :from on conflict do nothing""")
                .param("to", toId).param("from", fromId).update();
        jdbc.sql("delete from tags where id = :id").param("id", fromId).update();
        String target = jdbc.sql("select name from tags where id = :id").param("id", toId).query(String.class).single();
        publish(gained, batch -> new PeopleTagged(target, batch, actor(), now));
        audit.record("tag.merged", "tag", target, Map.of("from", from, "into", target, "people gained", gained.size()));
        return use(target);
    }

    /** Deletes a tag, taking it off everyone who carries it (an untag event for each person). */
    @Transactional
    public BulkResult delete(String name) {
        String tag = checkName(name);
        Long tagId = find(tag);
        if (tagId == null) {
            throw new NotFoundException("tag", tag);
        }
        Instant now = clock.instant();
        List<UUID> people = jdbc.sql("delete from person_tags where tag_id = :tag returning person_id").param("tag", tagId)
                .query(UUID.class).list();
        jdbc.sql("delete from tags where id = :tag").param("tag", tagId).update();
        publish(people, batch -> new PeopleUntagged(tag, batch, actor(), now));
        audit.record("tag.deleted", "tag", tag, Map.of("people", people.size()));
        return new BulkResult(tag, people.size(), people.size());
    }

    private TagUse use(String tag) {
        return list().stream().filter(t -> t.name().equalsIgnoreCase(tag)).findFirst().orElseThrow();
    }

    @Transactional
    public void tagOrganisation(String name, UUID organisation) {
        String tag = checkName(name);
        jdbc.sql("insert into organisation_tags (tag_id, organisation_id, tagged_at) values (:tag, :org, :at) on conflict do nothing")
                .param("tag", ensure(tag)).param("org", organisation).param("at", Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void untagOrganisation(String name, UUID organisation) {
        jdbc.sql("delete from organisation_tags where organisation_id = :org and tag_id = (select id from tags where lower(name) = lower(:name))")
                .param("org", organisation).param("name", name).update();
    }

    /** The tag's id, creating the tag on first use; the first spelling is kept. */
    long ensure(String tag) {
        Long existing = find(tag);
        if (existing != null) {
            return existing;
        }
        return jdbc.sql("""
                insert into tags (name, created_at) values (:name, :at)
                on conflict (lower(name)) do update set name = tags.name returning id""")
                .param("name", tag).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    private Long find(String tag) {
        return jdbc.sql("select id from tags where lower(name) = lower(:name)").param("name", tag).query(Long.class).optional().orElse(null);
    }

    static String checkName(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 60) {
            throw new InvalidInputException("tag", name, "must be 1 to 60 characters");
        }
        return name.trim();
    }

    private List<UUID> checkPeople(List<UUID> people) {
        if (people == null || people.isEmpty()) {
            throw new InvalidInputException("people", null, "must list at least one person id");
        }
        if (people.size() > MAX_BULK) {
            throw new InvalidInputException("people", String.valueOf(people.size()), "at most " + MAX_BULK + " people per call");
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(people));
        List<UUID> unknown = jdbc.sql("""
                select id from unnest(:ids) as given(id) where not exists (select 1 from people p where p.id = given.id) limit 20""")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.stream()
                    .map(id -> new dev.baton.platform.api.FieldProblem("people", id.toString(), "is not a person; nothing was changed"))
                    .toList());
        }
        return ids;
    }

    private static String actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private void publish(List<UUID> people, java.util.function.Function<List<UUID>, Object> event) {
        for (int from = 0; from < people.size(); from += EVENT_BATCH) {
            events.publishEvent(event.apply(List.copyOf(people.subList(from, Math.min(people.size(), from + EVENT_BATCH)))));
        }
    }
}
