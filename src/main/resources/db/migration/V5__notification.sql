create table outbox_message (
	id uuid not null primary key,
	account_id uuid,
	application_id uuid,
	recipient varchar(320) not null,
	subject varchar(1000) not null,
	body varchar(10000) not null,
	created_at timestamp with time zone not null,
	status varchar(16) not null,
	attempts integer not null,
	next_attempt_at timestamp with time zone not null,
	sent_at timestamp with time zone,
	last_error varchar(200),
	version bigint not null
);

create index outbox_message_due on outbox_message (status, next_attempt_at);

create index outbox_message_account on outbox_message (account_id, created_at);
