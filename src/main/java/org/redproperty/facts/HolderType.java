package org.redproperty.facts;

/** Who can hold a title (DOMAIN §2 titles): a project or a company. */
public enum HolderType {

	PROJECT, COMPANY;

	/** The subject a holder of this type is. */
	public SubjectType subjectType() {
		return SubjectType.valueOf(name());
	}

	/** The holder type of a subject type, or null when subjects of that type hold no titles. */
	public static HolderType of(SubjectType type) {
		return Messages.enumValue(HolderType.class, type.name());
	}

}
