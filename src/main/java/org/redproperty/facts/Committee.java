package org.redproperty.facts;

import java.time.LocalDate;

/** 业主委员会 or one of its alternatives. */
public record Committee(String id, String projectId, CommitteeKind kind, LocalDate established, Integer memberCount,
		Integer partyMemberCount, boolean chairIsPartyMember, boolean hasPartyOrg) implements Fact {
}
