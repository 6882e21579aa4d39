-- Email templates: a subject, an HTML and a text body with merge fields, checked when saved.
create table email_templates (
    id          uuid primary key,
    key         text not null unique,
    name        text not null,
    subject     text not null,
    html        text not null,
    text_body   text not null,
    purpose     text not null check (purpose in ('marketing', 'transactional')),
    version     bigint not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

-- The outbox: every email Baton sends passes through one row. The idempotency key (e.g. an
-- enrollment and a step) makes enqueueing the same email twice a no-op. A templated email is
-- rendered when it is sent (the row keeps the template, person and deal, not the body); the
-- subject it went out with is kept.
create table email_outbox (
    id               uuid primary key,
    idempotency_key  text not null unique,
    person_id        uuid,
    template_id      uuid references email_templates (id),
    deal_id          uuid,
    purpose          text not null,
    to_address       text,
    subject          text,
    status           text not null check (status in ('queued', 'sending', 'sent', 'skipped', 'failed', 'unconfirmed')),
    reason           text,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_at       timestamptz,
    message_id       text,
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index email_outbox_due on email_outbox (next_attempt_at) where status = 'queued';
create index email_outbox_sending on email_outbox (claimed_at) where status = 'sending';
create index email_outbox_person on email_outbox (person_id, created_at);
create index email_outbox_status on email_outbox (status, created_at);

-- Keys the workspace signs with (the unsubscribe links), made on first use.
create table marketing_secrets (
    name       text primary key,
    secret     bytea not null,
    created_at timestamptz not null
);
