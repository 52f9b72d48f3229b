package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** 物业服务项目 (小区); {@code companyId} is null when nobody manages it professionally. */
@Table("projects")
public record Project(@Id String id, String name, String communityId, String companyId, String managerName,
		Boolean managerIsPartyMember, Boolean managerOnBranchCommittee, Integer households, BigDecimal occupancyRate,
		LocalDate partyOrgEstablished, @Embedded.Nullable(prefix = "disclosure_") Disclosures disclosures) implements Fact {

	/** A project imported without its 三公开 disclosures has disclosed nothing. */
	public Project {
		if (disclosures == null) {
			disclosures = new Disclosures(false, false, false);
		}
	}

}
