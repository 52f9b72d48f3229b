package org.redproperty.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;

/** One district: its streets and communities, its companies, its projects with their records, its indicators. */
final class DistrictGenerator {

	private final GeneratorSettings settings;

	private final Draw draw;

	private final int index;

	private final int firstProject;

	private final int projects;

	DistrictGenerator(GeneratorSettings settings, SplittableRandom random, int index, int firstProject, int projects) {
		this.settings = settings;
		this.draw = new Draw(random);
		this.index = index;
		this.firstProject = firstProject;
		this.projects = projects;
	}

	Dataset generate() {
		Facts facts = new Facts();
		String id = "%sD%04d".formatted(this.settings.idPrefix(), this.index + 1);
		District district = new District(id, Names.district(this.index));
		facts.districts.add(district);
		int perStreet = Math.max(1, this.settings.projectsPerDistrict() / this.settings.streetsPerDistrict());
		int streets = Math.min(this.settings.streetsPerDistrict(), Math.max(1, (this.projects + perStreet - 1) / perStreet));
		List<Community> communities = new ArrayList<>();
		for (int s = 0; s < streets; s++) {
			Street street = new Street("%s-S%d".formatted(id, s + 1), id, Names.street(this.index * 7 + s));
			facts.streets.add(street);
			for (int c = 0; c < this.settings.communitiesPerStreet(); c++) {
				communities.add(new Community("%s-C%d".formatted(street.id(), c + 1), street.id(),
						Names.community(this.index * 31 + s * this.settings.communitiesPerStreet() + c)));
			}
		}
		facts.communities.addAll(communities);
		CompanyGenerator companies = new CompanyGenerator(this.settings, this.draw, facts);
		int companyCount = Math.max(1, (this.projects + this.settings.projectsPerCompany() - 1) / this.settings.projectsPerCompany());
		List<Company> serving = new ArrayList<>();
		for (int c = 0; c < companyCount; c++) {
			serving.add(companies.company("%sCO-D%04d-%03d".formatted(this.settings.idPrefix(), this.index + 1, c + 1),
					Names.company(district.name(), c)));
		}
		ProjectGenerator projectGenerator = new ProjectGenerator(this.settings, this.draw, facts);
		for (int p = 0; p < this.projects; p++) {
			Community community = communities.get((int) ((long) p * communities.size() / this.projects));
			Company company = this.draw.chance(this.settings.managed()) ? this.draw.pick(serving) : null;
			projectGenerator.project(this.firstProject + p + 1, community, company);
		}
		indicators(facts, id);
		return facts.toDataset();
	}

	private void indicators(Facts facts, String districtId) {
		GeneratorSettings s = this.settings;
		int n = 0;
		for (String code : s.districtIndicators()) {
			facts.indicators.add(new Indicator("%s-IN%d".formatted(districtId, ++n), SubjectType.DISTRICT, districtId,
					code, this.draw.decimal(0.70, 0.90, 2), s.yearStart().withMonth(6).withDayOfMonth(30)));
			facts.indicators.add(new Indicator("%s-IN%d".formatted(districtId, ++n), SubjectType.DISTRICT, districtId,
					code, this.draw.decimal(0.82, 0.99, 2), s.cutOff().minusDays(this.draw.between(5, 20))));
		}
	}

}
