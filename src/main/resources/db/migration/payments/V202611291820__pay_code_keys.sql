-- Keys that sign the phone pay codes (Ed25519 JWKs). Gantries and shop scanners verify codes offline with the
-- public keys; the private JWK never leaves this table and the app.
-- The schema normally exists already (Flyway creates the module schemas); this keeps the script runnable alone.
create schema if not exists payments;

create table payments.signing_key
(
    kid         text        primary key,
    algorithm   text        not null,
    public_jwk  text        not null,
    private_jwk text        not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);

-- At most one active key per algorithm: instances starting together each try to insert one, and
-- "insert ... on conflict do nothing" lets exactly one win; the others read the winner.
create unique index signing_key_one_active on payments.signing_key (algorithm) where retired_at is null;
