package org.redproperty.generator;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.redproperty.facts.Dataset;

/**
 * Generates a province of projects, district by district, from a seed: the same seed and size always give the same
 * facts. Each district is generated from its own random stream and handed over before the next is made, so a
 * province of any size is generated in the memory of one district.
 */
public final class ProvinceGenerator {

	private final GeneratorSettings settings;

	public ProvinceGenerator(GeneratorSettings settings) {
		this.settings = settings;
	}

	/** How many districts hold that many projects. */
	public int districts(int projects) {
		return Math.max(1, (projects + this.settings.projectsPerDistrict() - 1) / this.settings.projectsPerDistrict());
	}

	/** Generates the province and hands each district's facts to the sink, in district order. */
	public void generate(int projects, long seed, Consumer<Dataset> sink) {
		if (projects < 1 || projects > 999_999) {
			throw new IllegalArgumentException("项目数应在 1 到 999999 之间，实际是 " + projects);
		}
		int districts = districts(projects);
		for (int d = 0; d < districts; d++) {
			int first = (int) ((long) d * projects / districts);
			int last = (int) ((long) (d + 1) * projects / districts);
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + d);
			sink.accept(new DistrictGenerator(this.settings, random, d, first, last - first).generate());
		}
	}

	/** The whole province in memory: for tests and benchmarks of modest size. */
	public Dataset dataset(int projects, long seed) {
		Facts all = new Facts();
		generate(projects, seed, all::add);
		return all.toDataset();
	}

}
