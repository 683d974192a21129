-- What the city knows of a citizen (the Keycloak subject), so that no form asks twice. Each fact keeps where it came
-- from: 'account' (the sign-in account), 'registry' (the household registry, seeded for the demo citizens) or
-- 'citizen' (typed by the citizen on their profile page).
create table citizen.citizen_profile
(
    subject         varchar(64)  primary key,
    username        varchar(255) not null,
    full_name       varchar(200),
    full_name_from  varchar(16) check (full_name_from in ('account', 'registry', 'citizen')),
    email           varchar(320),
    email_from      varchar(16) check (email_from in ('account', 'registry', 'citizen')),
    phone           varchar(32),
    phone_from      varchar(16) check (phone_from in ('account', 'registry', 'citizen')),
    id_number       varchar(18) check (id_number ~ '^[0-9]{17}[0-9X]$'),
    id_number_from  varchar(16) check (id_number_from in ('account', 'registry', 'citizen')),
    address         varchar(500),
    address_from    varchar(16) check (address_from in ('account', 'registry', 'citizen')),
    birth_date      date,
    language        varchar(8)   not null default 'zh' check (language in ('zh', 'en')),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         int          not null default 0
);

create unique index citizen_profile_id_number on citizen.citizen_profile (id_number) where id_number is not null;
