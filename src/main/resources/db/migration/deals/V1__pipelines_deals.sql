create table pipelines (
    id         uuid primary key,
    name       text not null,
    position   int not null,
    currency   text not null default 'EUR',
    version    bigint not null default 0,
    created_at timestamptz not null
);
create unique index pipelines_name on pipelines (lower(name));

-- Ordered stages; a won or lost stage closes the deal.
create table pipeline_stages (
    id          uuid primary key,
    pipeline_id uuid not null references pipelines (id) on delete cascade,
    key         text not null,
    name        text not null,
    position    int not null,
    probability int not null check (probability between 0 and 100),
    outcome     text not null default 'open' check (outcome in ('open', 'won', 'lost')),
    unique (pipeline_id, key)
);

create table deals (
    id              uuid primary key,
    pipeline_id     uuid not null references pipelines (id),
    stage_id        uuid not null references pipeline_stages (id),
    name            text not null,
    amount          numeric(18, 2) not null default 0 check (amount >= 0),
    currency        text not null,
    expected_close  date,
    owner_id        uuid references users (id),
    organisation_id uuid references organisations (id),
    status          text not null default 'open' check (status in ('open', 'won', 'lost')),
    close_reason    text,
    closed_at       timestamptz,
    custom          jsonb not null default '{}',
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index deals_board on deals (pipeline_id, stage_id);
create index deals_organisation on deals (organisation_id);
create index deals_owner on deals (owner_id);

create table deal_people (
    deal_id   uuid not null references deals (id) on delete cascade,
    person_id uuid not null references people (id) on delete cascade,
    role      text not null default 'contact',
    primary key (deal_id, person_id)
);
create index deal_people_person on deal_people (person_id);

create table deal_line_items (
    deal_id    uuid not null references deals (id) on delete cascade,
    position   int not null,
    product    text not null,
    quantity   numeric(12, 2) not null check (quantity > 0),
    unit_price numeric(18, 2) not null check (unit_price >= 0),
    primary key (deal_id, position)
);

create table deal_stage_changes (
    id         bigint generated always as identity primary key,
    deal_id    uuid not null references deals (id) on delete cascade,
    from_stage text,
    to_stage   text not null,
    at         timestamptz not null,
    by_actor   text not null
);
create index deal_stage_changes_deal on deal_stage_changes (deal_id, at);
