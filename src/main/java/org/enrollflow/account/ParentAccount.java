package org.enrollflow.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "parent_account")
class ParentAccount {

	@Id
	private UUID id;

	private String phone;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "real_name")
	private String realName;

	@Column(name = "holder_id_encrypted")
	private String holderIdEncrypted;

	@Column(name = "holder_id_hash")
	private String holderIdHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected ParentAccount() {
	}

	ParentAccount(String phone, String email, String passwordHash, String realName, String holderIdEncrypted,
			String holderIdHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.phone = phone;
		this.email = email;
		this.passwordHash = passwordHash;
		this.realName = realName;
		this.holderIdEncrypted = holderIdEncrypted;
		this.holderIdHash = holderIdHash;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String phone() {
		return phone;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String realName() {
		return realName;
	}

	String holderIdEncrypted() {
		return holderIdEncrypted;
	}

}
