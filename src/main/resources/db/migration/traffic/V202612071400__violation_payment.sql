-- A fine is paid once: the payment that paid it (payments' id, no foreign key across schemas) and when.
alter table traffic.violation
    add column paid_at    timestamptz,
    add column payment_id uuid unique,
    add constraint violation_paid_together check ((paid_at is null) = (payment_id is null));
