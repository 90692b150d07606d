-- The embedded registry: datasets administrators import as CSV. ID numbers are stored encrypted,
-- with a keyed hash (HMAC) to look them up by.

create table registry_person (
	id uuid primary key,
	person_id_encrypted varchar(200) not null,
	person_id_hash varchar(64) not null,
	name varchar(100) not null,
	birth_date date not null,
	household_number varchar(40),
	hukou_region varchar(12),
	father_id_encrypted varchar(200),
	father_id_hash varchar(64),
	mother_id_encrypted varchar(200),
	mother_id_hash varchar(64),
	imported_at timestamp with time zone not null,
	constraint uk_registry_person_id unique (person_id_hash)
);

create table registry_residence_permit (
	id uuid primary key,
	holder_id_encrypted varchar(200) not null,
	holder_id_hash varchar(64) not null,
	permit_number varchar(40) not null,
	region varchar(12) not null,
	residence_since date not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_residence_permit_holder unique (holder_id_hash)
);

create table registry_property (
	id uuid primary key,
	certificate_number varchar(100) not null,
	certificate_key varchar(100) not null,
	address varchar(300) not null,
	district varchar(40) not null,
	usage_type varchar(40) not null,
	area_m2 numeric(10,2) not null,
	registered_on date not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_property_certificate unique (certificate_key)
);

create table registry_property_owner (
	property_id uuid not null references registry_property (id) on delete cascade,
	list_index integer not null,
	owner_id_encrypted varchar(200) not null,
	owner_id_hash varchar(64) not null,
	primary key (property_id, list_index)
);

create index ix_registry_property_owner_hash on registry_property_owner (owner_id_hash);

create table registry_purchase_contract (
	id uuid primary key,
	contract_number varchar(60) not null,
	contract_key varchar(60) not null,
	address varchar(300) not null,
	district varchar(40) not null,
	usage_type varchar(40) not null,
	filed_on date not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_purchase_contract_number unique (contract_key)
);

create table registry_purchase_contract_buyer (
	contract_id uuid not null references registry_purchase_contract (id) on delete cascade,
	list_index integer not null,
	buyer_id_encrypted varchar(200) not null,
	buyer_id_hash varchar(64) not null,
	primary key (contract_id, list_index)
);

create index ix_registry_purchase_contract_buyer_hash on registry_purchase_contract_buyer (buyer_id_hash);

create table registry_disability (
	id uuid primary key,
	certificate_number varchar(40) not null,
	certificate_key varchar(40) not null,
	holder_id_encrypted varchar(200) not null,
	holder_id_hash varchar(64) not null,
	types varchar(400) not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_disability_certificate unique (certificate_key)
);

create index ix_registry_disability_holder_hash on registry_disability (holder_id_hash);

create table registry_social_insurance (
	id uuid primary key,
	person_id_encrypted varchar(200) not null,
	person_id_hash varchar(64) not null,
	region varchar(12) not null,
	months integer not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_social_insurance unique (person_id_hash, region)
);

create table registry_catchment (
	id uuid primary key,
	school_code varchar(40) not null,
	address_prefix varchar(300) not null,
	prefix_key varchar(300) not null,
	imported_at timestamp with time zone not null,
	constraint uk_registry_catchment_prefix unique (prefix_key)
);
