-- Notifications (issue 13). A message is written by citizen.api.Notifications inside the sender's transaction, so it
-- exists exactly when the sender's change committed; the idempotency key makes a retried send one message. The inbox
-- copy is the message itself; its e-mail, when the citizen wants one for that kind, is a row of the outbox that the
-- dispatcher claims (FOR UPDATE SKIP LOCKED, with a lease) and delivers with retries and exponential back-off.
create table citizen.notification
(
    id              uuid         primary key,
    recipient       varchar(64)  not null,
    kind            varchar(32)  not null check (kind in ('APPLICATION_STATUS', 'PAYMENT_RECEIPT', 'BOOKING_EXPIRY',
                                                          'TRAFFIC_FINE', 'APPOINTMENT_REMINDER')),
    template        varchar(64)  not null,
    language        varchar(8)   not null check (language in ('zh', 'en')),
    subject         varchar(300) not null,
    body            text         not null,
    idempotency_key varchar(200) not null unique,
    created_at      timestamptz  not null default now(),
    read_at         timestamptz
);

create index notification_inbox on citizen.notification (recipient, created_at desc);
create index notification_unread on citizen.notification (recipient) where read_at is null;

-- One e-mail of a message. status: created (waiting for its next attempt), sending (claimed until lease_until),
-- delivered, failed (gave up after the last attempt). message_id is fixed per message, so that a re-send after a
-- crash between the SMTP server's accept and our commit carries the same Message-ID header.
create table citizen.notification_email
(
    notification_id uuid         primary key references citizen.notification (id),
    to_address      varchar(320) not null,
    message_id      varchar(200) not null unique,
    status          varchar(16)  not null default 'created'
                                 check (status in ('created', 'sending', 'delivered', 'failed')),
    attempts        int          not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamptz  not null default now(),
    lease_until     timestamptz,
    delivered_at    timestamptz,
    created_at      timestamptz  not null default now()
);

create index notification_email_due on citizen.notification_email (next_attempt_at) where status = 'created';
create index notification_email_leased on citizen.notification_email (lease_until) where status = 'sending';

-- The channels a citizen chose per kind; no row means the default (inbox and e-mail). The inbox always keeps a copy.
create table citizen.notification_preference
(
    subject    varchar(64) not null,
    kind       varchar(32) not null,
    email      boolean     not null,
    updated_at timestamptz not null default now(),
    primary key (subject, kind)
);
