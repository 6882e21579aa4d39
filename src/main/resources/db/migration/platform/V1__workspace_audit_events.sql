-- The workspace: one row, written when the first start decided whether to load the demo.
create table workspace (
    id         int primary key check (id = 1),
    name       text not null,
    demo       boolean not null,
    created_at timestamptz not null
);

-- Every change, by whom and when, with its details.
create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    actor        text not null,
    action       text not null,
    subject_type text not null,
    subject_id   text not null,
    details      jsonb not null default '{}'
);
create index audit_log_subject on audit_log (subject_type, subject_id, id);

-- Spring Modulith's event publication registry (the outbox for events between modules).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
