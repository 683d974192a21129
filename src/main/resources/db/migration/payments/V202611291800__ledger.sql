-- The city's double-entry ledger (TigerBeetle's model in SQL). Every transfer debits one account and credits
-- another by the same amount, so the balances of all accounts always sum to zero. Transfers are never changed or
-- deleted: a mistake is corrected by another transfer. Balance = credits_posted - debits_posted.

create table payments.account (
    id              bigint generated always as identity primary key,
    code            text        not null unique,
    kind            text        not null check (kind in ('WALLET', 'TRANSIT_CARD', 'MERCHANT', 'REVENUE', 'CLEARING')),
    owner_id        text,
    name_zh         text        not null,
    name_en         text        not null,
    may_go_negative boolean     not null default false,
    debits_posted   bigint      not null default 0 check (debits_posted >= 0),
    credits_posted  bigint      not null default 0 check (credits_posted >= 0),
    debits_pending  bigint      not null default 0 check (debits_pending >= 0),
    credits_pending bigint      not null default 0 check (credits_pending >= 0),
    created_at      timestamptz not null default now(),
    -- the database itself refuses any posting that would overdraw an account that may not go negative
    constraint account_never_overdrawn
        check (may_go_negative or credits_posted - debits_posted - debits_pending >= 0)
);
create index account_owner on payments.account (owner_id, kind) where owner_id is not null;

create table payments.transfer (
    id                uuid        primary key,
    kind              text        not null check (kind in ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING')),
    debit_account_id  bigint      not null references payments.account,
    credit_account_id bigint      not null references payments.account,
    amount            bigint      not null check (amount > 0),
    pending_id        uuid        references payments.transfer,
    timeout_at        timestamptz,
    code              text        not null,
    reference         text,
    description       text,
    created_at        timestamptz not null,
    check (debit_account_id <> credit_account_id),
    check ((kind in ('POST_PENDING', 'VOID_PENDING')) = (pending_id is not null)),
    check ((kind = 'PENDING') = (timeout_at is not null))
);
-- a hold is captured or voided at most once, even when two requests race
create unique index transfer_resolves_pending_once on payments.transfer (pending_id) where pending_id is not null;
create index transfer_by_debit on payments.transfer (debit_account_id, created_at desc, id);
create index transfer_by_credit on payments.transfer (credit_account_id, created_at desc, id);
create index transfer_holds_by_timeout on payments.transfer (timeout_at) where kind = 'PENDING';
create index transfer_by_reference on payments.transfer (reference) where reference is not null;

create function payments.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger transfers are immutable: correct a mistake with a new transfer';
end $$;
create trigger transfer_is_immutable before update or delete on payments.transfer
    for each row execute function payments.refuse_change();

-- The first answer to each money-moving call, replayed for retries with the same key (Stripe's rules).
create table payments.idempotency_key (
    caller       text        not null,
    key          text        not null check (length(key) between 1 and 255),
    operation    text        not null,
    request_hash text        not null,
    status       int         not null,
    response     text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_expiry on payments.idempotency_key (expires_at);

-- The platform's own accounts. Clearing accounts mirror money held outside the ledger (at the card gateway), so
-- they run negative; revenue accounts collect what departments earn.
insert into payments.account (code, kind, name_zh, name_en, may_go_negative) values
    ('clearing:card-gateway', 'CLEARING', '银行卡网关清算', 'Card gateway clearing', true),
    ('clearing:cash', 'CLEARING', '现金充值清算', 'Cash top-up clearing', true),
    ('clearing:bank-payouts', 'CLEARING', '商户结算出款', 'Merchant payouts to banks', true),
    ('revenue:metro', 'REVENUE', '轨道交通票款收入', 'Metro fare revenue', false),
    ('revenue:parking', 'REVENUE', '停车收费收入', 'Parking revenue', false),
    ('revenue:health', 'REVENUE', '医疗服务收入', 'Health service revenue', false),
    ('revenue:traffic-fines', 'REVENUE', '交通罚没收入', 'Traffic fines revenue', false),
    ('revenue:data-exchange', 'REVENUE', '数据交易收入', 'Data exchange revenue', false),
    ('revenue:city-services', 'REVENUE', '政务服务收入', 'City services revenue', false);
