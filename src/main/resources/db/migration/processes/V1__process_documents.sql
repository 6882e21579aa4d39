-- Process documents. A document is its key and what its newest version says of it (name, level,
-- parent, owner, kind), kept here for the hierarchy and lists; every version holds the whole
-- document as JSONB. Drafts are versions without a number; publishing numbers them 1, 2, 3 and
-- from then on they never change.
create table process_documents (
    key         text primary key,
    name        text not null,
    level       text,
    parent      text,
    owner       text,
    kind        text,
    published   int,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table process_versions (
    id          uuid primary key,
    document    text not null references process_documents (key),
    number      int,
    state       text not null check (state in ('draft', 'in_review', 'approved', 'published', 'retired', 'merged')),
    title       text not null,
    body        jsonb not null,
    base        uuid references process_versions (id),
    author      uuid,
    round       int not null default 1,
    version     bigint not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    published_at timestamptz
);
create unique index process_versions_number on process_versions (document, number) where number is not null;
create index process_versions_document on process_versions (document, created_at);

-- Each sign-off decision of a review round: a stakeholder role approves or asks for changes.
create table process_reviews (
    version_id  uuid not null references process_versions (id),
    round       int not null,
    role        text not null,
    decision    text not null check (decision in ('approved', 'changes_requested')),
    comment     text,
    user_id     uuid not null,
    at          timestamptz not null
);
create index process_reviews_version on process_reviews (version_id, round);

-- What happened to a document and its versions, for its history page.
create table process_history (
    id          bigserial primary key,
    document    text not null,
    version_id  uuid,
    action      text not null,
    actor       uuid,
    comment     text,
    at          timestamptz not null
);
create index process_history_document on process_history (document, id);

-- Glossary terms: what words such as Lead and Qualified mean, with an executable criterion in the
-- saved-search language. A change to a term is proposed, signed off and only then applied.
create table glossary_terms (
    key         text primary key,
    name        text not null,
    definition  text not null,
    criterion   text,
    owner       text not null,
    version     bigint not null default 0,
    updated_at  timestamptz not null
);

create table glossary_changes (
    id          uuid primary key,
    term        text not null,
    name        text not null,
    definition  text not null,
    criterion   text,
    owner       text not null,
    state       text not null check (state in ('in_review', 'applied', 'changes_requested', 'withdrawn')),
    approvers   text[] not null,
    proposed_by uuid,
    comment     text,
    created_at  timestamptz not null,
    decided_at  timestamptz
);
create index glossary_changes_term on glossary_changes (term, created_at);

create table glossary_reviews (
    change_id   uuid not null references glossary_changes (id),
    role        text not null,
    decision    text not null check (decision in ('approved', 'changes_requested')),
    comment     text,
    user_id     uuid not null,
    at          timestamptz not null
);
