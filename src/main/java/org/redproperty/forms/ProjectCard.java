package org.redproperty.forms;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the forms show of a stored project and check a filled form against: its name, street and district, and
 * the facts 附件1 prints beside it (party organisation, owners' committee, occupancy, company).
 */
record ProjectCard(String id, String name, String streetId, String streetName, String districtId,
		LocalDate partyOrgEstablished, LocalDate committeeEstablished, BigDecimal occupancyRate, String companyId,
		String companyName) {

	/** The occupancy rate in percent, as 附件1 prints it (0.95 is 95). */
	BigDecimal occupancyPercent() {
		return (this.occupancyRate != null) ? this.occupancyRate.movePointRight(2).stripTrailingZeros() : null;
	}

}
