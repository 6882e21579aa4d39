create extension if not exists pg_trgm;

-- The configurable, ordered lifecycle: a person's stage is one of these.
create table lifecycle_stages (
    key      text primary key,
    name     text not null,
    position int not null unique
);
insert into lifecycle_stages (key, name, position) values
    ('subscriber', 'Subscriber', 10), ('lead', 'Lead', 20), ('mql', 'Marketing Qualified Lead', 30),
    ('sql', 'Sales Qualified Lead', 40), ('opportunity', 'Opportunity', 50), ('customer', 'Customer', 60),
    ('evangelist', 'Evangelist', 70), ('dead', 'Dead', 80);

create table organisations (
    id               uuid primary key,
    name             text not null,
    type             text not null check (type in ('prospect', 'customer', 'channel_partner', 'systems_integrator', 'supplier')),
    domain           text,
    phone            text,
    phone_e164       text,
    address          jsonb not null default '{}',
    owner_id         uuid references users (id),
    custom           jsonb not null default '{}',
    version          bigint not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index organisations_name_trgm on organisations using gin (lower(name) gin_trgm_ops);
create index organisations_custom on organisations using gin (custom jsonb_path_ops);

-- One organisation is a partner, integrator or supplier of another.
create table organisation_relationships (
    organisation_id uuid not null references organisations (id) on delete cascade,
    kind            text not null check (kind in ('partner_of', 'integrator_of', 'supplier_of')),
    of_id           uuid not null references organisations (id) on delete cascade,
    since           timestamptz not null,
    primary key (organisation_id, kind, of_id),
    check (organisation_id <> of_id)
);
create index organisation_relationships_of on organisation_relationships (of_id);

create table people (
    id                   uuid primary key,
    first_name           text not null default '',
    last_name            text not null default '',
    salutation           text,
    pronouns             text,
    address              jsonb not null default '{}',
    owner_id             uuid references users (id),
    lifecycle_stage      text not null references lifecycle_stages (key) on update cascade,
    lifecycle_changed_at timestamptz not null,
    source               text not null check (source in ('search_engine', 'ad', 'social', 'email', 'referral', 'event',
                                                          'partner', 'import', 'direct', 'other')),
    source_detail        text,
    source_at            timestamptz not null,
    email_consent        text not null default 'unknown' check (email_consent in ('unknown', 'opted_in', 'opted_out')),
    consent_at           timestamptz,
    consent_source       text,
    custom               jsonb not null default '{}',
    version              bigint not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index people_name_trgm on people using gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops);
create index people_custom on people using gin (custom jsonb_path_ops);
create index people_owner on people (owner_id);
create index people_lifecycle on people (lifecycle_stage);

create table person_emails (
    person_id uuid not null references people (id) on delete cascade,
    address   text not null,
    position  int not null,
    primary key (person_id, position)
);
create unique index person_emails_address on person_emails (lower(address));

create table person_phones (
    person_id uuid not null references people (id) on delete cascade,
    position  int not null,
    typed     text not null,
    e164      text not null,
    kind      text not null default 'work' check (kind in ('work', 'mobile', 'home', 'other')),
    primary key (person_id, position)
);
create index person_phones_e164 on person_phones (e164);

-- A person works at an organisation with a title; one employment may be the primary one.
create table employments (
    person_id       uuid not null references people (id) on delete cascade,
    organisation_id uuid not null references organisations (id) on delete cascade,
    title           text,
    is_primary      boolean not null default false,
    primary key (person_id, organisation_id)
);
create index employments_organisation on employments (organisation_id);
create unique index employments_one_primary on employments (person_id) where is_primary;

create table lifecycle_changes (
    id         bigint generated always as identity primary key,
    person_id  uuid not null references people (id) on delete cascade,
    from_stage text,
    to_stage   text not null,
    at         timestamptz not null,
    by_actor   text not null
);
create index lifecycle_changes_person on lifecycle_changes (person_id, at);

create table consent_changes (
    id        bigint generated always as identity primary key,
    person_id uuid not null references people (id) on delete cascade,
    channel   text not null,
    status    text not null,
    source    text not null,
    at        timestamptz not null,
    by_actor  text not null
);
create index consent_changes_person on consent_changes (person_id, at);

create table tags (
    id         bigint generated always as identity primary key,
    name       text not null,
    created_at timestamptz not null
);
create unique index tags_name on tags (lower(name));

create table person_tags (
    tag_id    bigint not null references tags (id) on delete cascade,
    person_id uuid not null references people (id) on delete cascade,
    tagged_at timestamptz not null,
    primary key (tag_id, person_id)
);
create index person_tags_person on person_tags (person_id);

create table organisation_tags (
    tag_id          bigint not null references tags (id) on delete cascade,
    organisation_id uuid not null references organisations (id) on delete cascade,
    tagged_at       timestamptz not null,
    primary key (tag_id, organisation_id)
);
create index organisation_tags_organisation on organisation_tags (organisation_id);

-- Definitions of custom fields per object; values live in the objects' custom JSONB.
create table custom_fields (
    id         uuid primary key,
    object     text not null check (object in ('person', 'organisation', 'deal')),
    key        text not null,
    label      text not null,
    type       text not null check (type in ('text', 'number', 'date', 'boolean', 'select', 'multiselect')),
    required   boolean not null default false,
    pattern    text,
    options    text[] not null default '{}',
    position   int not null,
    version    bigint not null default 0,
    created_at timestamptz not null,
    unique (object, key)
);
