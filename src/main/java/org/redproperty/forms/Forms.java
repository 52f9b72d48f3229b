package org.redproperty.forms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redproperty.common.Caller;
import org.redproperty.common.ServiceException.Kind;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.DatasetService.ImportSummary;
import org.redproperty.facts.District;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.InvalidDatasetException;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetStatus;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Service;

/**
 * The offices' Excel forms 附件1 推荐汇总表 and 附件2 活动记录表: blank templates, the import of a filled one, and
 * 附件1 filled from the stored facts for a district. This is the service the API and the upload pages call.
 * <ul>
 * <li>{@link #template(FormKind)}: the blank form to download.</li>
 * <li>{@link #importFile(FormKind, InputStream)}: imports a filled form, all or nothing, through
 * {@link DatasetService#importDataset} (the same checks, district scope, revision and audit as
 * {@code POST /api/datasets}); answers the revision written, or throws {@link InvalidFormException} whose
 * {@link FormProblem}s name each bad row (as Excel numbers it), column header and a Chinese message, or
 * {@link FormsException} ({@code NOT_A_SPREADSHEET}, {@code WRONG_FORM}, {@code EMPTY_FORM}) for a file that is
 * not the form at all.</li>
 * <li>{@link #nominations(String, String, int)}: 附件1 of a district, scheme and year from the stored facts, ready for
 * the stamp; throws {@link FormsException} {@code DISTRICT_NOT_FOUND} for a district that does not exist or that
 * the caller cannot see.</li>
 * </ul>
 * Calls run as the signed-in account ({@link Caller}), which decides the district scope.
 */
@Service
public class Forms {

	private final DatasetService datasets;

	private final ProjectCards cards;

	private final FactStore facts;

	private final DistrictScope scope;

	private final Rulesets rulesets;

	Forms(DatasetService datasets, ProjectCards cards, FactStore facts, DistrictScope scope, Rulesets rulesets) {
		this.datasets = datasets;
		this.cards = cards;
		this.facts = facts;
		this.scope = scope;
		this.rulesets = rulesets;
	}

	/** The blank form. */
	public FormFile template(FormKind kind) {
		String title = (kind == FormKind.NOMINATIONS) ? "＿＿＿＿年度 五星项目推荐汇总表（附件1）" : "品牌创建活动记录表（附件2）";
		String stamp = (kind == FormKind.NOMINATIONS) ? "填报单位（盖章）：　　　　　　　　　　　　时间：　　　　年　　月　　日"
				: "填报单位：　　　　　　　　　　　　　　　　每行一条活动或场景记录";
		return new FormFile(kind.fileName(), kind.path() + ".xlsx", FormWriter.write(kind, title, stamp, schemes(), List.of()));
	}

	/**
	 * Imports a filled form as one revision.
	 * @throws InvalidFormException listing every bad row; nothing is written then
	 * @throws FormsException for a file that is not an xlsx, the other form, or a form without rows
	 */
	public ImportSummary importFile(FormKind kind, InputStream in) {
		List<SheetRow> sheetRows = FormReader.read(kind, in);
		if (sheetRows.isEmpty()) {
			throw new FormsException(Kind.BAD_REQUEST, "EMPTY_FORM", kind.title() + "的表头行下面没有填写任何一行");
		}
		List<FormProblem> problems = new ArrayList<>();
		List<FormRow> rows = convert(kind, sheetRows, problems);
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		rows.forEach((row) -> root.withArray(kind.facts().key()).add(row.json()));
		if (!problems.isEmpty()) {
			problems.addAll(FormProblems.of(kind, rows, this.datasets.check(root), problems));
			throw new InvalidFormException(kind, FormProblems.sorted(kind, problems));
		}
		try {
			return this.datasets.importDataset(root, "xlsx " + kind.title());
		}
		catch (InvalidDatasetException ex) {
			throw new InvalidFormException(kind, FormProblems.sorted(kind, FormProblems.of(kind, rows, ex.problems(), List.of())));
		}
	}

	/**
	 * 附件1 of the district: one row per nomination of the scheme and year of a project in the district, with the
	 * project's facts beside it, as the office stamps and submits it.
	 * @throws FormsException {@code DISTRICT_NOT_FOUND} if the district does not exist or is outside the caller's
	 */
	public FormFile nominations(String districtId, String scheme, int year) {
		District district = this.facts.find(District.class, districtId)
			.filter((found) -> this.scope.visible(SubjectType.DISTRICT, found.id()))
			.orElseThrow(() -> new FormsException(Kind.NOT_FOUND, "DISTRICT_NOT_FOUND", "区「" + districtId + "」不存在"));
		List<ProjectCard> projects = this.cards.inDistrict(district.id());
		Map<String, ProjectCard> byId = new LinkedHashMap<>();
		projects.forEach((card) -> byId.put(card.id(), card));
		List<Nomination> nominations = this.facts.where(Nomination.class, "projectId", byId.keySet())
			.stream()
			.filter((n) -> scheme.equals(n.scheme()) && Integer.valueOf(year).equals(n.year()))
			.sorted(Comparator.comparing((Nomination n) -> byId.get(n.projectId()).streetId())
				.thenComparing(Nomination::projectId)
				.thenComparing(Nomination::id))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (Nomination nomination : nominations) {
			ProjectCard card = byId.get(nomination.projectId());
			List<Object> row = new ArrayList<>();
			row.add(rows.size() + 1);
			row.add(card.streetName());
			row.add(card.name());
			row.add(card.partyOrgEstablished());
			row.add(card.committeeEstablished());
			row.add(card.occupancyPercent());
			row.add(card.companyName());
			row.add(nomination.opinion());
			row.add(nomination.id());
			row.add(nomination.projectId());
			row.add(nomination.scheme());
			row.add(nomination.year());
			row.add(nomination.date());
			rows.add(row);
		}
		String schemeTitle = this.rulesets.status(scheme, year).map(RulesetStatus::title).orElse(scheme);
		String title = year + "年度" + district.name() + " 五星项目推荐汇总表（附件1）";
		String stamp = "方案：" + schemeTitle + "　　填报单位（盖章）：" + district.name() + "　　时间：　　　　年　　月　　日";
		return new FormFile(year + "年度 " + district.name() + " " + FormKind.NOMINATIONS.fileName(),
				"nominations-" + district.id() + "-" + scheme + "-" + year + ".xlsx", FormWriter.write(FormKind.NOMINATIONS, title, stamp, schemes(), rows));
	}

	private List<FormRow> convert(FormKind kind, List<SheetRow> sheetRows, List<FormProblem> problems) {
		Set<String> ids = new HashSet<>();
		Set<String> names = new HashSet<>();
		String nameHeader = (kind == FormKind.NOMINATIONS) ? FormLayout.PROJECT_NAME : FormLayout.PROJECT;
		Set<String> streets = new HashSet<>();
		for (SheetRow row : sheetRows) {
			RowValues values = new RowValues(row, new ArrayList<>());
			addIfPresent(ids, values.text(FormLayout.PROJECT_ID));
			addIfPresent(names, values.text(nameHeader));
			addIfPresent(ids, values.text(nameHeader));
			addIfPresent(streets, values.text(FormLayout.STREET));
		}
		List<ProjectCard> found = this.cards.byIdOrName(ids, names);
		ProjectLookup lookup = new ProjectLookup(found, Caller.district(), this.cards.streetDistricts(streets));
		Map<String, String> existing = new HashMap<>();
		if (kind == FormKind.NOMINATIONS && !found.isEmpty()) {
			this.facts.where(Nomination.class, "projectId", found.stream().map(ProjectCard::id).toList())
				.forEach((n) -> existing.putIfAbsent(NominationRows.key(n.projectId(), n.scheme(), n.year()), n.id()));
		}
		return sheetRows.stream().map((row) -> {
			RowValues values = new RowValues(row, problems);
			return (kind == FormKind.NOMINATIONS) ? NominationRows.convert(values, lookup, existing)
					: ActivityRows.convert(values, lookup);
		}).collect(Collectors.toList());
	}

	private static void addIfPresent(Set<String> set, String value) {
		if (value != null) {
			set.add(value);
		}
	}

	/** The schemes of the ruleset folders, for the drop-down of 附件1. */
	private List<String> schemes() {
		return this.rulesets.statuses().stream().map(RulesetStatus::scheme).distinct().sorted().toList();
	}

}
