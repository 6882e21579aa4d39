-- The journey runner: campaigns as numbered, immutable plans, and one small row per (person,
-- journey version) with the node it is at and when that node is due.
create table journeys (
    id         int generated always as identity primary key,
    key        text not null unique,
    name       text not null,
    status     text not null default 'active' check (status in ('active', 'paused')),
    reentry    boolean not null default false,
    created_at timestamptz not null
);

create table journey_versions (
    id         int generated always as identity primary key,
    journey_id int not null references journeys (id),
    version    int not null,
    plan       jsonb not null,
    created_at timestamptz not null,
    unique (journey_id, version)
);

-- state: 0 waiting at node (due at due_at), 1 done (reached an exit), 2 failed, 3 left (the journey
-- was changed under it, or it was taken out by hand)
create table enrollments (
    id         bigint generated always as identity primary key,
    version_id int not null,
    journey_id int not null,
    node       smallint not null,
    state      smallint not null,
    due_at     timestamptz not null,
    person_id  uuid not null
);
create index enrollments_due on enrollments (due_at) where state = 0;
create unique index enrollments_waiting on enrollments (journey_id, person_id) where state = 0;
create index enrollments_person on enrollments (person_id, journey_id);

-- Live per-step counts, kept by the runner in the same transactions as the steps themselves.
create table journey_step_counts (
    version_id int not null,
    node       smallint not null,
    entered    bigint not null default 0,
    done       bigint not null default 0,
    failed     bigint not null default 0,
    primary key (version_id, node)
);
