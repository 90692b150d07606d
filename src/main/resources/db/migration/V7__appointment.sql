create table appointment_slot (
	id uuid not null primary key,
	school_id uuid not null references school (id),
	campaign_id uuid not null references campaign (id),
	starts_at timestamp with time zone not null,
	ends_at timestamp with time zone not null,
	place varchar(200) not null,
	capacity integer not null,
	booked integer not null,
	version bigint not null,
	constraint ck_appointment_slot_times check (starts_at < ends_at),
	constraint ck_appointment_slot_booked check (booked >= 0 and booked <= capacity)
);

create index ix_appointment_slot_school_start on appointment_slot (school_id, starts_at);

create table appointment (
	id uuid not null primary key,
	application_id uuid not null,
	slot_id uuid not null references appointment_slot (id),
	status varchar(16) not null,
	assigned boolean not null,
	booked_at timestamp with time zone not null,
	attempt integer not null,
	-- The application's id while the appointment is BOOKED, else null: one booked appointment per application.
	active_application_id uuid,
	version bigint not null,
	constraint uk_appointment_active unique (active_application_id),
	constraint uk_appointment_attempt unique (application_id, attempt)
);

create index ix_appointment_slot on appointment (slot_id);
