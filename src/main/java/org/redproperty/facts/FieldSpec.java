package org.redproperty.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the import accepts in one field of one kind: its type, whether it is required, and for references the
 * kind it points to (for an indicator's subject, the kind follows from its {@code subjectType}).
 */
record FieldSpec(String name, Type type, boolean required, FactKind target, Class<? extends Enum<?>> enumType,
		BigDecimal max, List<String> members) {

	enum Type {

		ID, TEXT, REFERENCE, SUBJECT_REFERENCE, ENUM, DATE, INTEGER, COUNT, DECIMAL, BOUNDED, BOOLEAN, FLAGS,
		CREDIT_CODE

	}

	static FieldSpec id() {
		return new FieldSpec("id", Type.ID, true, null, null, null, List.of());
	}

	static FieldSpec text(String name) {
		return new FieldSpec(name, Type.TEXT, false, null, null, null, List.of());
	}

	static FieldSpec requiredText(String name) {
		return new FieldSpec(name, Type.TEXT, true, null, null, null, List.of());
	}

	static FieldSpec ref(String name, FactKind target, boolean required) {
		return new FieldSpec(name, Type.REFERENCE, required, target, null, null, List.of());
	}

	static FieldSpec subjectRef(String name) {
		return new FieldSpec(name, Type.SUBJECT_REFERENCE, true, null, null, null, List.of());
	}

	static FieldSpec enumOf(String name, Class<? extends Enum<?>> type, boolean required) {
		return new FieldSpec(name, Type.ENUM, required, null, type, null, List.of());
	}

	static FieldSpec date(String name, boolean required) {
		return new FieldSpec(name, Type.DATE, required, null, null, null, List.of());
	}

	static FieldSpec integer(String name, boolean required) {
		return new FieldSpec(name, Type.INTEGER, required, null, null, null, List.of());
	}

	static FieldSpec count(String name) {
		return new FieldSpec(name, Type.COUNT, false, null, null, null, List.of());
	}

	static FieldSpec decimal(String name, boolean required) {
		return new FieldSpec(name, Type.DECIMAL, required, null, null, null, List.of());
	}

	/** A number from 0 to {@code max} inclusive. */
	static FieldSpec bounded(String name, String max, boolean required) {
		return new FieldSpec(name, Type.BOUNDED, required, null, null, new BigDecimal(max), List.of());
	}

	static FieldSpec bool(String name) {
		return new FieldSpec(name, Type.BOOLEAN, false, null, null, null, List.of());
	}

	/** An object of booleans, e.g. the 六必有 checklist. */
	static FieldSpec flags(String name, String... members) {
		return new FieldSpec(name, Type.FLAGS, false, null, null, null, List.of(members));
	}

	static FieldSpec creditCode(String name) {
		return new FieldSpec(name, Type.CREDIT_CODE, false, null, null, null, List.of());
	}

	/** The fields of every kind, as DOMAIN §2 describes them. */
	static final Map<FactKind, List<FieldSpec>> SCHEMA = Map.ofEntries(
			Map.entry(FactKind.DISTRICTS, List.of(id(), text("name"))),
			Map.entry(FactKind.STREETS, List.of(id(), ref("districtId", FactKind.DISTRICTS, true), text("name"))),
			Map.entry(FactKind.COMMUNITIES, List.of(id(), ref("streetId", FactKind.STREETS, true), text("name"))),
			Map.entry(FactKind.COMPANIES,
					List.of(id(), text("name"), creditCode("creditCode"), count("employeeCount"),
							count("partyMemberCount"), enumOf("partyOrg", PartyOrg.class, true),
							date("partyOrgEstablished", false),
							flags("partyOrgChecklist", "venue", "flag", "oath", "dutyDivision", "workPlan",
									"noticeBoard"),
							date("firstServiceDate", true))),
			Map.entry(FactKind.PROJECTS,
					List.of(id(), text("name"), ref("communityId", FactKind.COMMUNITIES, true),
							ref("companyId", FactKind.COMPANIES, false), text("managerName"),
							bool("managerIsPartyMember"), bool("managerOnBranchCommittee"), count("households"),
							bounded("occupancyRate", "1", false), date("partyOrgEstablished", false),
							flags("disclosures", "contract", "serviceStandard", "publicIncome"))),
			Map.entry(FactKind.COMMITTEES,
					List.of(id(), ref("projectId", FactKind.PROJECTS, true),
							enumOf("kind", CommitteeKind.class, true), date("established", true),
							count("memberCount"), count("partyMemberCount"), bool("chairIsPartyMember"),
							bool("hasPartyOrg"))),
			Map.entry(FactKind.NOMINATIONS,
					List.of(id(), requiredText("scheme"), integer("year", true), ref("projectId", FactKind.PROJECTS, true),
							date("date", true), text("opinion"))),
			Map.entry(FactKind.ACTIVITIES,
					List.of(id(), ref("projectId", FactKind.PROJECTS, true), date("date", true), text("organizer"),
							enumOf("heart", Heart.class, true), enumOf("kind", ActivityKind.class, true),
							text("title"), text("description"), count("photoCount"), count("residentSignatures"))),
			Map.entry(FactKind.INCIDENTS,
					List.of(id(), ref("projectId", FactKind.PROJECTS, false), ref("companyId", FactKind.COMPANIES, true),
							date("date", true), enumOf("type", IncidentType.class, true), text("description"),
							date("rectifyBy", false), date("rectifiedOn", false),
							enumOf("rectificationVerdict", RectificationVerdict.class, false))),
			Map.entry(FactKind.CREDIT_DEDUCTIONS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true), date("date", true),
							bounded("points", "1000", true), text("reason"))),
			Map.entry(FactKind.SURVEYS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true), date("date", true),
							count("respondents"), bounded("averageScore", "100", false))),
			Map.entry(FactKind.ASSESSMENTS,
					List.of(id(), ref("companyId", FactKind.COMPANIES, true),
							enumOf("level", AssessmentLevel.class, true), date("date", true),
							bounded("organization", "20", false), bounded("team", "20", false),
							bounded("management", "20", false), bounded("service", "20", false),
							bounded("image", "20", false))),
			Map.entry(FactKind.INDICATORS,
					List.of(id(), enumOf("subjectType", SubjectType.class, true), subjectRef("subjectId"),
							requiredText("code"), decimal("value", true), date("asOf", true))));

}
