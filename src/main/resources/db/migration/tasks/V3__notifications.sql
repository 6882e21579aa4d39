-- Notifications: a short message for a user, or for everyone wearing a role, about a person or a
-- deal (plain uuids, as tasks link to records). Each reader marks them read for themselves, so a
-- role's notification stays unread for the wearers who have not seen it. key makes a process
-- step's notification exactly-once: a retried step finds its key taken and adds nothing.
create table notifications (
    id             uuid primary key,
    key            text unique,
    recipient_user uuid references users (id) on delete cascade,
    recipient_role text references roles (key) on delete cascade,
    message        text not null,
    person_id      uuid,
    deal_id        uuid,
    source         text,
    created_at     timestamptz not null,
    constraint notifications_one_recipient check (num_nonnulls(recipient_user, recipient_role) = 1)
);

create index notifications_for_user on notifications (recipient_user, created_at desc) where recipient_user is not null;
create index notifications_for_role on notifications (recipient_role, created_at desc) where recipient_role is not null;

create table notification_reads (
    notification_id uuid not null references notifications (id) on delete cascade,
    user_id         uuid not null references users (id) on delete cascade,
    read_at         timestamptz not null,
    primary key (user_id, notification_id)
);
