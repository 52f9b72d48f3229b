package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A title a project or company holds once its result was published (金牌红色物业 {@code GOLD}, 五星 {@code FIVE_STAR},
 * 五星管家 …) for a scheme and year: granted on a day, and revoked on a later day with the reasons, or still held.
 */
@Table("titles")
public record Title(@Id String id, HolderType holderType, String holderId, String scheme,
		@Column("scheme_year") Integer year, String title, LocalDate grantedOn, LocalDate revokedOn,
		String revocationReason, @ReadOnlyProperty @JsonInclude(NON_NULL) Long revision,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Title(String id, HolderType holderType, String holderId, String scheme, Integer year, String title,
			LocalDate grantedOn, LocalDate revokedOn, String revocationReason) {
		this(id, holderType, holderId, scheme, year, title, grantedOn, revokedOn, revocationReason, null, null);
	}

	/** Whether the title is held on that day: granted on or before it and not revoked by then. */
	public boolean heldOn(LocalDate day) {
		return !this.grantedOn.isAfter(day) && (this.revokedOn == null || this.revokedOn.isAfter(day));
	}

	/** The title as known on {@code asOf}: a revocation dated later has not happened yet. */
	public Title asSeenOn(LocalDate asOf) {
		if (this.revokedOn == null || !this.revokedOn.isAfter(asOf)) {
			return this;
		}
		return new Title(this.id, this.holderType, this.holderId, this.scheme, this.year, this.title, this.grantedOn,
				null, null, this.revision, this.recordedAt);
	}

	/** The same title revoked on that day for those reasons. */
	public Title revoked(LocalDate on, String reason) {
		return new Title(this.id, this.holderType, this.holderId, this.scheme, this.year, this.title, this.grantedOn,
				on, reason);
	}

	@Override
	public List<String> owners() {
		return List.of(this.holderId);
	}

}
