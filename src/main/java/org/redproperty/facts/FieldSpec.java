package org.redproperty.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the import accepts in one field of one kind: its type, whether it is required, for references the kind it
 * points to (for an indicator's subject or a title's holder, the kind follows from the type field named in
 * {@code members}; for a date, {@code members} may name the date field it must not be before), and what its column can
 * hold exactly: the characters of a {@code VARCHAR(length)}, the digits of a {@code DECIMAL(precision, scale)}.
 * These limits are the column definitions of the migrations (V1, V4), written once here; a test compares them
 * with the columns of both databases.
 */
record FieldSpec(String name, Type type, boolean required, FactKind target, Class<? extends Enum<?>> enumType,
		BigDecimal max, List<String> members, int length, int precision, int scale) {

	/** The width of every id and reference column, {@code VARCHAR(64)}. */
	static final int ID_LENGTH = 64;

	enum Type {

		ID, TEXT, REFERENCE, SUBJECT_REFERENCE, ENUM, DATE, INTEGER, COUNT, DECIMAL, BOUNDED, BOOLEAN, FLAGS,
		CREDIT_CODE

	}

	static FieldSpec id() {
		return new FieldSpec("id", Type.ID, true, null, null, null, List.of(), ID_LENGTH, 0, 0);
	}

	static FieldSpec text(String name, int length) {
		return new FieldSpec(name, Type.TEXT, false, null, null, null, List.of(), length, 0, 0);
	}

	static FieldSpec requiredText(String name, int length) {
		return new FieldSpec(name, Type.TEXT, true, null, null, null, List.of(), length, 0, 0);
	}

	static FieldSpec ref(String name, FactKind target, boolean required) {
		return new FieldSpec(name, Type.REFERENCE, required, target, null, null, List.of(), ID_LENGTH, 0, 0);
	}

	/** A reference to a subject whose type is the value of the field {@code typeField} of the same row. */
	static FieldSpec subjectRef(String name, String typeField) {
		return new FieldSpec(name, Type.SUBJECT_REFERENCE, true, null, null, null, List.of(typeField), ID_LENGTH, 0,
				0);
	}

	static FieldSpec enumOf(String name, Class<? extends Enum<?>> type, boolean required) {
		return new FieldSpec(name, Type.ENUM, required, null, type, null, List.of(), 0, 0, 0);
	}

	static FieldSpec date(String name, boolean required) {
		return new FieldSpec(name, Type.DATE, required, null, null, null, List.of(), 0, 0, 0);
	}

	/** An optional date that, when given, is not before the date in the field {@code earliest} of the same row. */
	static FieldSpec dateFrom(String name, String earliest) {
		return new FieldSpec(name, Type.DATE, false, null, null, null, List.of(earliest), 0, 0, 0);
	}

	static FieldSpec integer(String name, boolean required) {
		return new FieldSpec(name, Type.INTEGER, required, null, null, null, List.of(), 0, 0, 0);
	}

	static FieldSpec count(String name) {
		return new FieldSpec(name, Type.COUNT, false, null, null, null, List.of(), 0, 0, 0);
	}

	/** A number a {@code DECIMAL(precision, scale)} column holds exactly. */
	static FieldSpec decimal(String name, int precision, int scale, boolean required) {
		return new FieldSpec(name, Type.DECIMAL, required, null, null, null, List.of(), 0, precision, scale);
	}

	/** A number from 0 to {@code max} inclusive, in a {@code DECIMAL(precision, scale)} column. */
	static FieldSpec bounded(String name, String max, int precision, int scale, boolean required) {
		return new FieldSpec(name, Type.BOUNDED, required, null, null, new BigDecimal(max), List.of(), 0, precision,
				scale);
	}

	static FieldSpec bool(String name) {
		return new FieldSpec(name, Type.BOOLEAN, false, null, null, null, List.of(), 0, 0, 0);
	}

	/** An object of booleans, e.g. the 六必有 checklist. */
	static FieldSpec flags(String name, String... members) {
		return new FieldSpec(name, Type.FLAGS, false, null, null, null, List.of(members), 0, 0, 0);
	}

	static FieldSpec creditCode(String name) {
		return new FieldSpec(name, Type.CREDIT_CODE, false, null, null, null, List.of(), 18, 0, 0);
	}

	/** The fields of every kind, as DOMAIN §2 describes them. */
	static final Map<FactKind, List<FieldSpec>> SCHEMA = Map.ofEntries(
			Map.entry(FactKind.DISTRICTS, List.of(id(), text("name", 200))),
			Map.entry(FactKind.STREETS, List.of(id(), ref("districtId", FactKind.DISTRICTS, true), text("name", 200))),
			Map.entry(FactKind.COMMUNITIES, List.of(id(), ref("streetId", FactKind.STREETS, true), text("name", 200))),
			Map.entry(FactKind.COMPANIES,
					List.of(id(), text("name", 200), creditCode("creditCode"), count("employeeCount"),
							count("partyMemberCount"), enumOf("partyOrg", PartyOrg.class, true),
							date("partyOrgEstablished", false),
							flags("partyOrgChecklist", "venue", "flag", "oath", "dutyDivision", "workPlan",
									"noticeBoard"),
							date("firstServiceDate", true))),
			Map.entry(FactKind.PROJECTS,
					List.of(id(), text("name", 200), ref("communityId", FactKind.COMMUNITIES, true),
							ref("companyId", FactKind.COMPANIES, false), text("managerName", 100),
							bool("managerIsPartyMember"), bool("managerOnBranchCommittee"), count("households"),
							bounded("occupancyRate", "1", 7, 4, false), date("partyOrgEstablished", false),
							flags("disclosures", "contract", "serviceStandard", "publicIncome"))),
			Map.entry(FactKind.COMMITTEES,
					List.of(id(), ref("projectId", FactKind.PROJECTS, true),
							enumOf("kind", CommitteeKind.class, true), date("established", true),
							count("memberCount"), count("partyMemberCount"), bool("chairIsPartyMember"),
							bool("hasPartyOrg"))),
			Map.entry(FactKind.NOMINATIONS,
					List.of(id(), requiredText("scheme", 64), integer("year", true), ref("projectId", FactKind.PROJECTS, true),
							date("date", true), text("opinion", 1000))),
			Map.entry(FactKind.ACTIVITIES,
					List.of(id(), ref("projectId", FactKind.PROJECTS, true), date("date", true), text("organizer", 200),
							enumOf("heart", Heart.class, true), enumOf("kind", ActivityKind.class, true),
							text("title", 300), text("description", 2000), count("photoCount"), count("residentSignatures"))),
			Map.entry(FactKind.INCIDENTS,
					List.of(id(), ref("projectId", FactKind.PROJECTS, false), ref("companyId", FactKind.COMPANIES, true),
							date("date", true), enumOf("type", IncidentType.class, true), text("description", 2000),
							date("rectifyBy", false), date("rectifiedOn", false),
							enumOf("rectificationVerdict", RectificationVerdict.class, false))),
			Map.entry(FactKind.CREDIT_DEDUCTIONS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true), date("date", true),
							bounded("points", "1000", 9, 2, true), text("reason", 1000))),
			Map.entry(FactKind.SURVEYS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true), date("date", true),
							count("respondents"), bounded("averageScore", "100", 7, 3, false))),
			Map.entry(FactKind.ASSESSMENTS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true),
							enumOf("level", AssessmentLevel.class, true), date("date", true),
							bounded("organization", "20", 6, 2, false), bounded("team", "20", 6, 2, false),
							bounded("management", "20", 6, 2, false), bounded("service", "20", 6, 2, false),
							bounded("image", "20", 6, 2, false))),
			Map.entry(FactKind.INDICATORS,
					List.of(id(), enumOf("subjectType", SubjectType.class, true), subjectRef("subjectId", "subjectType"),
							requiredText("code", 100), decimal("value", 18, 6, true), date("asOf", true))),
			Map.entry(FactKind.INSPECTIONS,
					List.of(id(), ref("projectId", FactKind.PROJECTS, true), date("date", true),
							bounded("score", "100", 7, 3, true), text("inspector", 200))),
			Map.entry(FactKind.TITLES,
					List.of(id(), enumOf("holderType", HolderType.class, true), subjectRef("holderId", "holderType"),
							requiredText("scheme", 64), integer("year", true), requiredText("title", 100),
							date("grantedOn", true), dateFrom("revokedOn", "grantedOn"),
							text("revocationReason", 1000))));

}
