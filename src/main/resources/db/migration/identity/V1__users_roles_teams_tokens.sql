-- Roles are the "hats" of the org chart: internal roles, external parties and personas.
create table roles (
    id          uuid primary key,
    key         text not null unique,
    name        text not null,
    description text not null default '',
    kind        text not null default 'internal' check (kind in ('internal', 'external', 'persona')),
    permissions text[] not null default '{}',
    reports_to  uuid references roles (id),
    version     bigint not null default 0,
    created_at  timestamptz not null
);
create unique index roles_name_key on roles (lower(name));

create table users (
    id            uuid primary key,
    email         text not null,
    display_name  text not null,
    password_hash text,
    enabled       boolean not null default true,
    version       bigint not null default 0,
    created_at    timestamptz not null
);
create unique index users_email_key on users (lower(email));

create table user_roles (
    user_id uuid not null references users (id) on delete cascade,
    role_id uuid not null references roles (id) on delete cascade,
    primary key (user_id, role_id)
);
create index user_roles_role on user_roles (role_id);

create table teams (
    id          uuid primary key,
    name        text not null,
    description text not null default '',
    version     bigint not null default 0,
    created_at  timestamptz not null
);
create unique index teams_name_key on teams (lower(name));

create table team_members (
    team_id uuid not null references teams (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    primary key (team_id, user_id)
);

-- API tokens: only a SHA-256 of the secret is kept; the secret is shown once.
create table api_tokens (
    id           uuid primary key,
    user_id      uuid not null references users (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique,
    prefix       text not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_user on api_tokens (user_id);
