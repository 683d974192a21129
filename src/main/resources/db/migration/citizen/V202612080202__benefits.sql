-- "Entitled without applying" (免申即享, issue 13): benefits granted to everyone the city's data shows eligible,
-- without a form. A grant is recorded once per citizen and benefit; a monthly allowance once per month.
alter table citizen.notification drop constraint notification_kind_check;
alter table citizen.notification add constraint notification_kind_check check (kind in
    ('APPLICATION_STATUS', 'PAYMENT_RECEIPT', 'BOOKING_EXPIRY', 'TRAFFIC_FINE', 'APPOINTMENT_REMINDER', 'BENEFIT'));

create table citizen.benefit_grant
(
    benefit    varchar(40) not null check (benefit ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    subject    varchar(64) not null,
    granted_at timestamptz not null,
    -- the age the data showed when it was granted
    age        int         not null check (age between 0 and 150),
    primary key (benefit, subject)
);

create table citizen.benefit_payout
(
    benefit     varchar(40) not null,
    subject     varchar(64) not null,
    month       char(7)     not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    amount_fen  bigint      not null check (amount_fen > 0),
    transfer_id uuid        not null,
    paid_at     timestamptz not null,
    primary key (benefit, subject, month),
    foreign key (benefit, subject) references citizen.benefit_grant (benefit, subject)
);
