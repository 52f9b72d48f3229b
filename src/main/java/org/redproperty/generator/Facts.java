package org.redproperty.generator;

import java.util.ArrayList;
import java.util.List;

import org.redproperty.facts.Activity;
import org.redproperty.facts.Assessment;
import org.redproperty.facts.Committee;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Incident;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.Survey;

/** The facts generated so far for one district, kind by kind. */
final class Facts {

	final List<District> districts = new ArrayList<>();

	final List<Street> streets = new ArrayList<>();

	final List<Community> communities = new ArrayList<>();

	final List<Company> companies = new ArrayList<>();

	final List<Project> projects = new ArrayList<>();

	final List<Committee> committees = new ArrayList<>();

	final List<Nomination> nominations = new ArrayList<>();

	final List<Activity> activities = new ArrayList<>();

	final List<Incident> incidents = new ArrayList<>();

	final List<CreditDeduction> creditDeductions = new ArrayList<>();

	final List<Survey> surveys = new ArrayList<>();

	final List<Assessment> assessments = new ArrayList<>();

	final List<Indicator> indicators = new ArrayList<>();

	void add(Dataset dataset) {
		this.districts.addAll(dataset.districts());
		this.streets.addAll(dataset.streets());
		this.communities.addAll(dataset.communities());
		this.companies.addAll(dataset.companies());
		this.projects.addAll(dataset.projects());
		this.committees.addAll(dataset.committees());
		this.nominations.addAll(dataset.nominations());
		this.activities.addAll(dataset.activities());
		this.incidents.addAll(dataset.incidents());
		this.creditDeductions.addAll(dataset.creditDeductions());
		this.surveys.addAll(dataset.surveys());
		this.assessments.addAll(dataset.assessments());
		this.indicators.addAll(dataset.indicators());
	}

	Dataset toDataset() {
		return new Dataset(this.districts, this.streets, this.communities, this.companies, this.projects,
				this.committees, this.nominations, this.activities, this.incidents, this.creditDeductions,
				this.surveys, this.assessments, this.indicators);
	}

}
