package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** 物业服务企业. */
@Table("companies")
public record Company(@Id String id, String name, String creditCode, Integer employeeCount, Integer partyMemberCount,
		PartyOrg partyOrg, LocalDate partyOrgEstablished, @Embedded.Nullable(prefix = "checklist_") PartyOrgChecklist partyOrgChecklist,
		LocalDate firstServiceDate,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Company(String id, String name, String creditCode, Integer employeeCount, Integer partyMemberCount,
			PartyOrg partyOrg, LocalDate partyOrgEstablished, PartyOrgChecklist partyOrgChecklist,
			LocalDate firstServiceDate) {
		this(id, name, creditCode, employeeCount, partyMemberCount, partyOrg, partyOrgEstablished, partyOrgChecklist,
				firstServiceDate, null, null);
	}

	/** A company imported without its 六必有 checklist has none of the six items. */
	public Company {
		if (partyOrgChecklist == null) {
			partyOrgChecklist = new PartyOrgChecklist(false, false, false, false, false, false);
		}
	}

}
