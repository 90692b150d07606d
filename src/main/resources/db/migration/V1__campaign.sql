create table campaign (
    id uuid primary key,
    code varchar(40) not null,
    name varchar(200) not null,
    region varchar(6) not null,
    path varchar(16) not null,
    birth_date_from date not null,
    birth_date_to date not null,
    registration_opens timestamp with time zone not null,
    registration_closes timestamp with time zone not null,
    confirmation_deadline timestamp with time zone not null,
    confirmation_reminder_lead varchar(40) default 'P2D' not null,
    private_signup_opens timestamp with time zone not null,
    private_signup_closes timestamp with time zone not null,
    min_continuous_residence_months integer not null,
    onsite_review_opens timestamp with time zone,
    onsite_review_closes timestamp with time zone,
    results_date date,
    version bigint not null,
    constraint uk_campaign_code unique (code)
);

create index ix_campaign_registration on campaign (registration_opens, registration_closes);

create table school (
    id uuid primary key,
    campaign_id uuid not null references campaign (id),
    code varchar(40) not null,
    name varchar(200) not null,
    type varchar(16) not null,
    district varchar(12) not null,
    seats integer not null,
    constraint uk_school_campaign_code unique (campaign_id, code)
);
