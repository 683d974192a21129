-- Fare concessions (issue 13, "entitled without applying"): the citizen portal grants a senior their concession and
-- the gantries apply it; one row per citizen and kind, the largest applies.
create table payments.fare_concession
(
    owner_id    varchar(64)  not null,
    code        varchar(40)  not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    percent_off int          not null check (percent_off between 1 and 100),
    reason      varchar(200) not null,
    granted_at  timestamptz  not null,
    primary key (owner_id, code)
);

-- Benefits the city pays into wallets (an allowance) come from its treasury's bank account, outside the ledger.
insert into payments.account (code, kind, name_zh, name_en, may_go_negative) values
    ('clearing:city-treasury', 'CLEARING', '市财政拨付', 'City treasury disbursements', true);
