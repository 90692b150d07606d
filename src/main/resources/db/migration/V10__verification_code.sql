create table verification_code (
	account_id uuid not null,
	purpose varchar(16) not null,
	code_id uuid not null,
	code_hash varchar(64) not null,
	sent_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	wrong_tries integer not null,
	used_at timestamp with time zone,
	primary key (account_id, purpose)
);

create table verification_code_quota (
	account_id uuid not null primary key,
	quota_day date not null,
	sends integer not null
);
