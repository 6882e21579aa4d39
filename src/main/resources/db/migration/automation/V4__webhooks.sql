-- Webhook calls of published processes go through an outbox: written in the transaction of the
-- step that calls them, sent by whichever node claims them, retried with backoff, and parked for a
-- person to retry when the receiver keeps refusing. Nothing is deleted.
create table webhook_deliveries (
    id              uuid primary key,
    idempotency_key text not null unique,
    url             text not null,
    -- the body without sent_at, which each attempt adds; kept as text so its key order stays as written
    payload         text not null,
    process         text,
    step            text,
    person_id       uuid,
    status          text not null check (status in ('pending', 'delivered', 'parked')),
    attempts        int not null default 0,
    -- when a pending delivery is due; while one is being sent, when its claim lapses
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_status on webhook_deliveries (status, id);

-- The workspace's signing secret: one row, made on first use, replaced when an admin rotates it.
create table webhook_secret (
    id         int primary key check (id = 1),
    secret     text not null,
    created_at timestamptz not null
);
