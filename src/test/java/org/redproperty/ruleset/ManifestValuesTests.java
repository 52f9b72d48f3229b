package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameter values changed as the draft form changes them: only the values named and different are rewritten, in
 * place; the rest of the manifest, comments included, stays as it was; what is no value of its type is written as
 * given, for the check to report with its line.
 */
class ManifestValuesTests {

	private static final String MANIFEST = read();

	@Test
	void rewritesOnlyTheValueChangedAndKeepsEveryOtherLine() {
		String edited = ManifestValues.withValues(MANIFEST, Map.of("minRecords", "40", "minPhotos", "2"));
		List<String> before = MANIFEST.lines().toList();
		List<String> after = edited.lines().toList();
		assertThat(after).hasSameSizeAs(before);
		int changed = 0;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed++;
				assertThat(before.get(i)).isEqualTo("    value: 50");
				assertThat(after.get(i)).isEqualTo("    value: 40");
			}
		}
		assertThat(changed).isEqualTo(1);
		assertThat(ManifestValues.parameters(edited)).filteredOn((p) -> p.name().equals("minRecords"))
			.singleElement()
			.extracting(Parameter::value)
			.isEqualTo(40);
	}

	@Test
	void leavesTheTextAsItWasWhenNoValueDiffers() {
		assertThat(ManifestValues.withValues(MANIFEST,
				Map.of("committeeRate", "0.780", "windowEnd", "2023-11-30", "partyOrgs", "INDEPENDENT,JOINT")))
			.isEqualTo(MANIFEST);
	}

	@Test
	void writesASetAsAListAndAnythingElseQuoted() {
		String edited = ManifestValues.withValues(MANIFEST, Map.of("partyOrgs", "INDEPENDENT", "minRecords", "很多 \"项\""));
		assertThat(edited).contains("value: [INDEPENDENT]\n").contains("value: \"很多 \\\"项\\\"\"\n");
		assertThat(new ManifestReader().read(edited).errors()).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("minRecords"));
	}

	@Test
	void offersTheMembersOfASetsEnumeration() {
		Parameter safetyTypes = ManifestValues.parameters(MANIFEST)
			.stream()
			.filter((p) -> p.name().equals("safetyTypes"))
			.findFirst()
			.orElseThrow();
		assertThat(ManifestValues.choices(safetyTypes)).contains("GAS_HAZARD", "FIRE_LANE_BLOCKED");
	}

	private static String read() {
		try {
			return Files.readString(Path.of("rules/hongqi365/2023/manifest.yaml"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
