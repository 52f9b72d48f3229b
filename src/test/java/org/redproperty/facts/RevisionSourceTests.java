package org.redproperty.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision's source label fits its column: kept whole up to the width, else cut with an ellipsis. */
class RevisionSourceTests {

	@Test
	void aSourceUpToTheColumnWidthIsKeptWhole() {
		String exactly = "演".repeat(Revisions.SOURCE_WIDTH);
		assertThat(Revisions.fitted(exactly)).isEqualTo(exactly);
		assertThat(Revisions.fitted("api")).isEqualTo("api");
	}

	@Test
	void aLongerSourceIsCutToTheWidthWithAnEllipsis() {
		String longer = "demo " + "x".repeat(Revisions.SOURCE_WIDTH);
		String fitted = Revisions.fitted(longer);
		assertThat(fitted.codePointCount(0, fitted.length())).isEqualTo(Revisions.SOURCE_WIDTH);
		assertThat(fitted).startsWith("demo xxx").endsWith("…");
	}

}
