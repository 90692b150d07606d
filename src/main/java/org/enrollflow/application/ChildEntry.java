package org.enrollflow.application;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One child of a points-path registration (twins register together). The binding key, unique
 * across cases, keeps a child in one live case per campaign; it is cleared when the case ends.
 */
@Embeddable
record ChildEntry(@Column(name = "name") String name, @Column(name = "id_encrypted") String idEncrypted,
		@Column(name = "id_hash") String idHash, @Column(name = "binding_key") String bindingKey,
		@Column(name = "pinyin") String pinyin, @Column(name = "rare_name") boolean rareName,
		@Column(name = "disability_types") String disabilityTypes,
		@Column(name = "disability_certificate") String disabilityCertificate) {

	List<String> disabilityTypeList() {
		return disabilityTypes == null || disabilityTypes.isEmpty() ? List.of()
				: Arrays.asList(disabilityTypes.split(","));
	}

	boolean disabilityDeclared() {
		return disabilityTypes != null || disabilityCertificate != null;
	}

	ChildEntry unbound() {
		return new ChildEntry(name, idEncrypted, idHash, null, pinyin, rareName, disabilityTypes,
				disabilityCertificate);
	}

}
