-- Issue 13: a citizen is warned before a booking's arrival window closes, once (the time of the warning is kept, in
-- the transaction that writes the notification).
alter table parking.booking add column expiry_warned_at timestamptz;
create index booking_to_warn on parking.booking (arrive_by) where status = 'BOOKED' and expiry_warned_at is null;
