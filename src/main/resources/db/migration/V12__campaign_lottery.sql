-- The lottery of a campaign's private schools (电脑随机录取): the seed stays secret until the draw,
-- its SHA-256 is published at the commitment; the draw stores its inputs and result as JSON (up to
-- ten million characters each: some two hundred thousand signups).
create table campaign_lottery (
	campaign_id uuid primary key references campaign (id),
	seed_hex varchar(64) not null,
	seed_hash varchar(64) not null,
	committed_at timestamp with time zone not null,
	drawn_at timestamp with time zone,
	input_json varchar(10000000),
	result_json varchar(10000000),
	version bigint not null
);
