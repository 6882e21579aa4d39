-- Tasks and reminders. A task is for one user or for a role: anyone wearing the role may claim
-- it, and then it is that user's. claimed_from_role keeps the role a claimed task came from.
-- person_id, organisation_id and deal_id point into modules built separately: plain uuids,
-- no foreign keys (see docs/architecture.md, "Tasks link to records by id").
create table tasks (
    id                  uuid primary key,
    title               text not null,
    description         text not null default '',
    due                 timestamptz not null,
    priority            text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
    status              text not null default 'open' check (status in ('open', 'done')),
    assignee_user       uuid references users (id),
    assignee_role       text references roles (key),
    claimed_from_role   text references roles (key),
    person_id           uuid,
    organisation_id     uuid,
    deal_id             uuid,
    created_by          uuid references users (id),
    created_at          timestamptz not null,
    completed_at        timestamptz,
    completed_by        uuid references users (id),
    snoozed_until       timestamptz,
    overdue_notified_at timestamptz,
    version             bigint not null default 0,
    constraint tasks_one_assignee check (num_nonnulls(assignee_user, assignee_role) = 1)
);

-- The inbox: a user's own tasks, and the unclaimed tasks of the roles they wear, by due time.
create index tasks_inbox_user on tasks (assignee_user, status, due, id) where assignee_user is not null;
create index tasks_inbox_role on tasks (assignee_role, status, due, id) where assignee_role is not null;
-- The overdue check: open tasks not yet notified, by due time.
create index tasks_overdue on tasks (due) where status = 'open' and overdue_notified_at is null;

-- A secret calendar address per user; only a SHA-256 of the secret is kept.
create table calendar_feeds (
    user_id     uuid primary key references users (id) on delete cascade,
    secret_hash text not null unique,
    created_at  timestamptz not null
);
