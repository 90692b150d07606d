create table application (
    id uuid primary key,
    campaign_id uuid not null,
    household_type varchar(16) not null,
    status varchar(32) not null,
    applicant_account_id uuid not null,
    child_name varchar(100) not null,
    child_id_encrypted varchar(200) not null,
    child_id_hash varchar(64) not null,
    binding_key varchar(120),
    household_number varchar(64),
    guardian1_relation varchar(16),
    guardian2_name varchar(100),
    guardian2_id_type varchar(24),
    guardian2_id_encrypted varchar(200),
    guardian2_phone varchar(20),
    guardian2_relation varchar(16),
    address varchar(300),
    property_kind varchar(16),
    property_number varchar(200),
    registry_property_certificate varchar(200),
    registry_property_address varchar(300),
    registry_property_area numeric(10, 2),
    registry_property_registered_on date,
    registry_property_district varchar(20),
    registry_hukou_region varchar(20),
    registry_residence_since date,
    ever_submitted boolean not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_application_binding_key unique (binding_key)
);

create index ix_application_applicant on application (applicant_account_id);
create index ix_application_campaign_status on application (campaign_id, status);
create index ix_application_child on application (child_id_hash);

create table application_check (
    application_id uuid not null references application (id) on delete cascade,
    position integer not null,
    stage varchar(24) not null,
    check_name varchar(64) not null,
    passed boolean not null,
    reason_code varchar(64),
    reason_zh varchar(500),
    reason_en varchar(500),
    primary key (application_id, position)
);

create table application_timeline (
    application_id uuid not null references application (id) on delete cascade,
    position integer not null,
    at timestamp with time zone not null,
    status varchar(32) not null,
    action varchar(32),
    note varchar(1000),
    actor varchar(120),
    primary key (application_id, position)
);
