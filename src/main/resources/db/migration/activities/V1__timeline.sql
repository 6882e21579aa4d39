-- Every interaction with a person or organisation. Partitioned by month of occurred_at; the
-- partitions are created when the first entry of a month is written (TimelinePartitions).
create table activities (
    id              uuid not null,
    occurred_at     timestamptz not null,
    person_id       uuid,
    organisation_id uuid,
    type            text not null,
    summary         text not null,
    body            text,
    data            jsonb not null default '{}',
    actor           text not null,
    created_at      timestamptz not null,
    primary key (occurred_at, id),
    check (person_id is not null or organisation_id is not null)
) partition by range (occurred_at);
create index activities_person on activities (person_id, occurred_at desc, id desc) where person_id is not null;
create index activities_organisation on activities (organisation_id, occurred_at desc, id desc) where organisation_id is not null;
create index activities_type on activities (type, occurred_at);

-- Standardised notes: a template's named fields become the note's data.
create table note_templates (
    id          uuid primary key,
    name        text not null,
    description text not null default '',
    fields      jsonb not null,
    version     bigint not null default 0,
    created_at  timestamptz not null
);
create unique index note_templates_name on note_templates (lower(name));
