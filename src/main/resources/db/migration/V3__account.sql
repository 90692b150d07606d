create table parent_account (
    id uuid primary key,
    phone varchar(11) not null,
    email varchar(254) not null,
    password_hash varchar(100) not null,
    real_name varchar(100) not null,
    holder_id_encrypted varchar(200) not null,
    holder_id_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_parent_account_phone unique (phone),
    constraint uk_parent_account_holder_id unique (holder_id_hash)
);

create table login_throttle (
    principal_hash varchar(64) primary key,
    failures integer not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone
);
