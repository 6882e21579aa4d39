-- Where each role's round robin of owners stands: the assign_owner step gives people without an
-- owner the role's users in turn.
create table owner_rotations (
    role  text primary key,
    turns bigint not null
);
