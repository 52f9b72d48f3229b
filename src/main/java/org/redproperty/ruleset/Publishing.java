package org.redproperty.ruleset;

import java.util.Map;

import org.redproperty.facts.SubjectType;

/**
 * The {@code publish} section of a manifest: which results of a job become titles ({@code titles} facts) when
 * district staff publish the job after the public notice (公示). {@code statuses}: per subject type, each status
 * whose subjects hold a title, with the title's text ({@code {period}} stands for the job's period); {@code awards}:
 * per rule code, the title an award of that rule gives the evaluated subject ({@code {holder}} stands for whom the
 * award names, e.g. the project manager); {@code revokes}: a status whose subjects lose a title they hold. What a
 * scheme publishes is policy, so it is declared here and nowhere in Java.
 */
public record Publishing(Map<SubjectType, Map<String, String>> statuses, Map<String, String> awards,
		Revocation revokes) {

	/** A manifest without a {@code publish} section: publishing its jobs grants and revokes nothing. */
	public static final Publishing NONE = new Publishing(Map.of(), Map.of(), null);

	/** What {@code {period}} is replaced by in a title's text. */
	public static final String PERIOD = "{period}";

	/** What {@code {holder}} is replaced by in an award's title. */
	public static final String HOLDER = "{holder}";

	public Publishing {
		statuses = (statuses != null) ? Map.copyOf(statuses) : Map.of();
		awards = (awards != null) ? Map.copyOf(awards) : Map.of();
	}

	/** Whether publishing a job of the scheme can grant or revoke anything. */
	public boolean any() {
		return !this.statuses.isEmpty() || !this.awards.isEmpty() || this.revokes != null;
	}

	/** The title a subject of that type with that status holds, with the job's period (null: none), or null. */
	public String titleFor(SubjectType type, String status, String period) {
		String title = this.statuses.getOrDefault(type, Map.of()).get(status);
		return (title != null) ? fill(title, PERIOD, period) : null;
	}

	/** The title an award of that rule gives, naming the award's holder, or null. */
	public String titleForAward(String ruleCode, String holder, String period) {
		String title = this.awards.get(ruleCode);
		return (title != null) ? fill(fill(title, HOLDER, holder), PERIOD, period) : null;
	}

	private static String fill(String text, String placeholder, String value) {
		return text.replace(placeholder, (value != null) ? value : "").strip();
	}

	/**
	 * Results with {@code status} revoke the title their subject holds of that scheme, year and title; {@code year}
	 * is a year, or the name of an integer parameter of the manifest.
	 */
	public record Revocation(String status, String scheme, String year, String title) {

		/** The year of the titles revoked, by the ruleset's parameters where it names one. */
		public int year(Parameters parameters) {
			return year.chars().allMatch(Character::isDigit) ? Integer.parseInt(year) : parameters.integer(year);
		}

	}

}
