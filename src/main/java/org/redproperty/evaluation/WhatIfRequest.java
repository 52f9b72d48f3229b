package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.redproperty.ruleset.DraftRuleset;

/** Compare a draft ruleset with the active one over the stored facts, optionally within one district. */
public record WhatIfRequest(@NotBlank(message = "必须填写评价方案 scheme") String scheme,
		@NotNull(message = "必须填写年度 year") Integer year,
		@NotNull(message = "必须填写评价日 asOf（yyyy-MM-dd）") LocalDate asOf, String districtId,
		@Valid @NotEmpty(message = "必须提供草案文件 files") List<DraftRuleset.File> files, String period) {

	public WhatIfRequest(String scheme, Integer year, LocalDate asOf, String districtId, List<DraftRuleset.File> files) {
		this(scheme, year, asOf, districtId, files, null);
	}

	DraftRuleset draft() {
		return new DraftRuleset(this.files, null);
	}

}
