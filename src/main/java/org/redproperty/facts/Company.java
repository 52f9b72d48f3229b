package org.redproperty.facts;

import java.time.LocalDate;

/** 物业服务企业. */
public record Company(String id, String name, String creditCode, Integer employeeCount, Integer partyMemberCount,
		PartyOrg partyOrg, LocalDate partyOrgEstablished, PartyOrgChecklist partyOrgChecklist,
		LocalDate firstServiceDate) implements Fact {
}
