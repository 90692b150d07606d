-- bytea is PostgreSQL's binary type and, in H2 2.x, a name of BINARY VARYING: one script for both.
create table document (
	id uuid not null primary key,
	owner_case_id uuid not null,
	type varchar(40) not null,
	media_type varchar(40) not null,
	size_bytes bigint not null,
	sha256 varchar(64) not null,
	original_file_name varchar(200) not null,
	uploaded_at timestamp with time zone not null,
	uploaded_by varchar(100) not null,
	content bytea not null,
	constraint ck_document_size check (size_bytes > 0),
	constraint uk_document_content unique (owner_case_id, type, sha256)
);
