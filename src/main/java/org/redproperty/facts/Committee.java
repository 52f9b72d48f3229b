package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** 业主委员会 or one of its alternatives. */
@Table("committees")
public record Committee(@Id String id, String projectId, CommitteeKind kind, LocalDate established, Integer memberCount,
		Integer partyMemberCount, boolean chairIsPartyMember, boolean hasPartyOrg,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Committee(String id, String projectId, CommitteeKind kind, LocalDate established, Integer memberCount,
			Integer partyMemberCount, boolean chairIsPartyMember, boolean hasPartyOrg) {
		this(id, projectId, kind, established, memberCount, partyMemberCount, chairIsPartyMember, hasPartyOrg, null,
				null);
	}

	@Override
	public List<String> owners() {
		return List.of(this.projectId);
	}

}
