-- Bank cards are kept as the gateway's token with brand, last four and expiry: never the number or the CVV.
create table payments.bank_card (
    id         uuid        primary key,
    owner_id   text        not null,
    token      text        not null,
    brand      text        not null,
    last4      char(4)     not null,
    exp_month  int         not null check (exp_month between 1 and 12),
    exp_year   int         not null,
    created_at timestamptz not null,
    removed_at timestamptz
);
create index bank_card_owner on payments.bank_card (owner_id) where removed_at is null;

create table payments.merchant (
    id          uuid        primary key,
    code        text        not null unique,
    name_zh     text        not null,
    name_en     text        not null,
    owner_id    text        not null,
    account_id  bigint      not null unique references payments.account,
    created_at  timestamptz not null
);
create index merchant_owner on payments.merchant (owner_id);

-- A payment from a citizen to a merchant or a city department: immediate, or held first and captured later.
create table payments.payment (
    id               uuid        primary key,
    payer_id         text        not null,
    payer_account_id bigint      not null references payments.account,
    payee_account_id bigint      not null references payments.account,
    amount           bigint      not null check (amount > 0),
    captured         bigint      not null default 0,
    refunded         bigint      not null default 0,
    status           text        not null check (status in ('HELD', 'COMPLETED', 'VOIDED', 'EXPIRED')),
    purpose          text        not null,
    reference        text,
    description      text,
    hold_transfer_id uuid,
    created_at       timestamptz not null,
    completed_at     timestamptz,
    version          int         not null default 0,
    check (captured between 0 and amount),
    -- never refund more than was paid, even when refunds race
    check (refunded between 0 and captured)
);
create index payment_by_payer on payments.payment (payer_id, created_at desc);
create index payment_by_payee on payments.payment (payee_account_id, created_at desc);
create index payment_by_reference on payments.payment (purpose, reference);

-- What a merchant asks a citizen to pay, shown as a QR code at the till.
create table payments.payment_request (
    id          uuid        primary key,
    merchant_id uuid        not null references payments.merchant,
    amount      bigint      not null check (amount > 0),
    order_ref   text        not null,
    description text,
    status      text        not null check (status in ('OPEN', 'PAID', 'CANCELLED', 'EXPIRED')),
    payment_id  uuid        references payments.payment,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    unique (merchant_id, order_ref)
);
create index payment_request_by_merchant on payments.payment_request (merchant_id, created_at desc);

-- Metro: a transit card pays from its own preloaded account or from its owner's wallet.
create table payments.transit_card (
    id          uuid        primary key,
    number      text        not null unique,
    owner_id    text,
    account_id  bigint      not null references payments.account,
    kind        text        not null check (kind in ('LINKED', 'PRELOADED')),
    status      text        not null check (status in ('ACTIVE', 'BLOCKED')),
    created_at  timestamptz not null
);
create index transit_card_owner on payments.transit_card (owner_id);

-- A ride from tap in to tap out, and the fare it settled into the ledger.
create table payments.trip (
    id            uuid        primary key,
    medium        text        not null,
    account_id    bigint      not null references payments.account,
    owner_id      text,
    entry_station text        not null,
    entry_gantry  text        not null,
    entered_at    timestamptz not null,
    exit_station  text,
    exit_gantry   text,
    exited_at     timestamptz,
    status        text        not null check (status in ('OPEN', 'COMPLETED', 'INCOMPLETE')),
    distance_m    int,
    base_fen      bigint,
    discount_fen  bigint,
    cap_fen       bigint,
    surcharge_fen bigint,
    fare_fen      bigint,
    settled_at    timestamptz,
    settle_error  text,
    check ((status = 'OPEN') = (fare_fen is null))
);
create unique index trip_one_open_per_medium on payments.trip (medium) where status = 'OPEN';
create index trip_to_settle on payments.trip (exited_at) where status <> 'OPEN' and settled_at is null;
create index trip_open_by_entry on payments.trip (entered_at) where status = 'OPEN';
create index trip_by_medium on payments.trip (medium, entered_at desc);
create index trip_by_owner on payments.trip (owner_id, entered_at desc) where owner_id is not null;

-- Every tap a gantry reported, as decided; the device's tap id makes a resent tap harmless.
create table payments.tap (
    id          uuid        primary key,
    gantry_id   text        not null,
    station     text        not null,
    direction   text        not null check (direction in ('IN', 'OUT')),
    medium      text        not null,
    tapped_at   timestamptz not null,
    received_at timestamptz not null,
    decision    text        not null,
    reason      text,
    trip_id     uuid,
    fare_fen    bigint
);
create index tap_by_trip on payments.tap (trip_id);
