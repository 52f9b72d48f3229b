package org.redproperty.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * Every parameter of the generated province in one place: its shape, the year its records fall in and how often
 * each kind of strength or weakness occurs. The shares are chosen so that the statuses of the 2023 hongqi365
 * evaluation vary; they are not policy and the rules never read them.
 */
public record GeneratorSettings(String idPrefix, int projectsPerDistrict, int streetsPerDistrict,
		int communitiesPerStreet, int projectsPerCompany, int year, LocalDate cutOff, String scheme,
		List<String> districtIndicators, String projectIndicator, int minValidActivities, int validActivitySpread,
		int maxInvalidActivities, int enteredWithinDays, double enteredLate, double nominated, double nominatedLate, double nominatedLastYear,
		double projectPartyOrg, double projectPartyOrgLate, double ownersCommittee, double ownersCommitteePartyOrg,
		double otherCommittee, double managed, double companyIndependent, double companyJoint,
		double companyInstructor, double safetyProblem, double rectifiedInTime, double rectifiedLate,
		double perfunctory, double pending, double conflict, double companyEvent, double creditDeduction,
		double districtAssessment) {

	/** The default province: about 770 projects per district, 8 streets, 4 communities per street. */
	public static GeneratorSettings defaults() {
		return new GeneratorSettings("GEN-",
				770, 8, 4, 4, // projects per district, streets per district, communities per street, projects per company
				2023, LocalDate.of(2023, 11, 30), "hongqi365", // the year, its acceptance day, the nominations' scheme
				List.of("SMART_PROPERTY_COMPANY_USAGE", "SMART_PROPERTY_RESIDENT_REGISTRATION"), "PARTY_STATION_STANDARD",
				38, 40, 6, // valid activities per project: at least, plus up to; invalid ones: up to
				7, 0.05, // an activity is entered within that many days of it, or (that share) one to two months later
				0.85, 0.02, 0.03, // nominated in time, nominated after the acceptance day, nominated only last year
				0.88, 0.03, // project party organisation: established in time, established after the acceptance day
				0.84, 0.88, 0.11, // owners' committee, it has a party organisation, another committee instead
				0.94, 0.62, 0.28, 0.06, // managed by a company; company party org independent, joint, instructor
				0.30, 0.55, 0.15, 0.08, 0.15, // safety problem; of those rectified in time, late, perfunctory, pending
				0.05, 0.04, 0.08, 0.90); // conflict per project; per company: an event, a deduction, a district assessment
	}

	/** The first day of the generated year. */
	public LocalDate yearStart() {
		return LocalDate.of(this.year, 1, 1);
	}

	/** Days from the first day of the year to the cut-off, both included. */
	public int activityDays() {
		return (int) (this.cutOff.toEpochDay() - yearStart().toEpochDay()) + 1;
	}

}
