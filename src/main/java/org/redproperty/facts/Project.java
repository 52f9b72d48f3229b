package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 物业服务项目 (小区); {@code companyId} is null when nobody manages it professionally. */
public record Project(String id, String name, String communityId, String companyId, String managerName,
		Boolean managerIsPartyMember, Boolean managerOnBranchCommittee, Integer households, BigDecimal occupancyRate,
		LocalDate partyOrgEstablished, Disclosures disclosures) implements Fact {
}
