package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** 物业服务项目 (小区); {@code companyId} is null when nobody manages it professionally. */
@Table("projects")
public record Project(@Id String id, String name, String communityId, String companyId, String managerName,
		Boolean managerIsPartyMember, Boolean managerOnBranchCommittee, Integer households, BigDecimal occupancyRate,
		LocalDate partyOrgEstablished, @Embedded.Nullable(prefix = "disclosure_") Disclosures disclosures,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Project(String id, String name, String communityId, String companyId, String managerName,
			Boolean managerIsPartyMember, Boolean managerOnBranchCommittee, Integer households,
			BigDecimal occupancyRate, LocalDate partyOrgEstablished, Disclosures disclosures) {
		this(id, name, communityId, companyId, managerName, managerIsPartyMember, managerOnBranchCommittee, households,
				occupancyRate, partyOrgEstablished, disclosures, null, null);
	}

	/** A project imported without its 三公开 disclosures has disclosed nothing. */
	public Project {
		if (disclosures == null) {
			disclosures = new Disclosures(false, false, false);
		}
	}

}
