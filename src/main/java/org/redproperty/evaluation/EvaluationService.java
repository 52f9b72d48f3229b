package org.redproperty.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Caller;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a subject on a date with the active ruleset of a scheme and year over the facts dated on or before
 * that date, and stores the result with the facts it saw.
 */
@Service
public class EvaluationService {

	private final Rulesets rulesets;

	private final FactStore facts;

	private final Evaluations evaluations;

	private final Evaluator evaluator;

	private final Clock clock;

	private final ObjectMapper objectMapper;

	private final DistrictScope scope;

	private final CompanyDistricts districts;

	EvaluationService(Rulesets rulesets, FactStore facts, Evaluations evaluations, Evaluator evaluator,
			ObjectMapper objectMapper, DistrictScope scope, CompanyDistricts districts) {
		this.scope = scope;
		this.districts = districts;
		this.objectMapper = objectMapper;
		this.rulesets = rulesets;
		this.facts = facts;
		this.evaluations = evaluations;
		this.evaluator = evaluator;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public Evaluation evaluate(EvaluationRequest request) {
		Ruleset ruleset = this.rulesets.find(request.scheme(), request.year())
			.orElseThrow(() -> EvaluationException.notFound("RULESET_NOT_FOUND",
					"没有可用的规则集 " + request.scheme() + "/" + request.year() + "（方案或年度不存在，或规则集有错误未启用）"));
		SubjectType type = this.facts.subjectTypeOf(request.subjectId())
			.filter((found) -> this.scope.visible(found, request.subjectId()))
			.orElseThrow(() -> EvaluationException.notFound("SUBJECT_NOT_FOUND",
					"评价对象「" + request.subjectId() + "」不存在（不是已存的项目、街道、社区、区或企业）"));
		if (!ruleset.manifest().covers(type)) {
			throw EvaluationException.unprocessable("SUBJECT_TYPE_NOT_COVERED",
					"规则集 " + ruleset.key() + " 不评价" + type.labelWithCode() + "，只评价"
							+ ruleset.manifest().subjectTypes().stream().map(SubjectType::labelWithCode)
								.collect(Collectors.joining("、")));
		}
		Periods.of(ruleset.manifest(), request.period());
		Subject subject = new Subject(request.scheme(), request.year(), type, request.subjectId(), request.asOf(),
				request.period());
		long revision = this.facts.revisionOf(request.knownAt());
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		Evaluation evaluation;
		FactsRead read;
		if (type == SubjectType.COMPANY && ruleset.manifest().companiesInDistrict()) {
			String district = this.districts.of(request.subjectId(), request.districtId(), revision);
			read = new FactsRead(revision, SubjectType.DISTRICT, district);
			Evaluation.Together together = new Evaluation.Together(SubjectType.DISTRICT, district);
			evaluation = Evaluation.of(Evaluation.newId(), subject,
					rerun(ruleset, subject, together, read(read, request.asOf())), ruleset.identity(), together, now,
					revision);
		}
		else {
			read = new FactsRead(revision, type, request.subjectId());
			evaluation = Evaluation.of(Evaluation.newId(), subject, evaluate(ruleset, subject, revision),
					ruleset.identity(), now, revision);
		}
		evaluation = evaluation.requestedBy(Caller.name());
		this.evaluations.save(evaluation, read);
		return evaluation;
	}

	/**
	 * Evaluates the subject alone with the ruleset on its asOf, over its facts as known at the revision; stores
	 * nothing. The one call to compare evaluations that differ in facts, rules or date.
	 */
	public RuleOutcome evaluate(Ruleset ruleset, Subject subject, long factsRevision) {
		return this.evaluator.evaluateOne(ruleset, subject,
				read(new FactsRead(factsRevision, subject.type(), subject.id()), subject.asOf()));
	}

	/** The facts of the scope as known at the revision, as they stood on asOf. */
	private Dataset read(FactsRead read, LocalDate asOf) {
		return this.facts.scope(read.scopeType(), read.scopeId(), read.revision()).asOf(asOf);
	}

	/**
	 * Re-runs a stored evaluation on the facts it saw and on the ruleset content it used (from its snapshot if the
	 * files on disk changed since), and compares the results apart from id and time.
	 */
	public ReplayReport replay(String id) {
		Evaluation stored = find(id);
		Dataset facts = factsOf(id);
		Ruleset ruleset = rulesetOf(stored);
		Subject subject = stored.subject();
		Evaluation replayed = Evaluation.of(stored.id(), subject, rerun(stored, ruleset, subject, facts),
				ruleset.identity(), stored.evaluatedTogether(), stored.evaluatedAt(), stored.factsRevision())
			.requestedBy(stored.requestedBy());
		List<JsonDiff.Difference> differences = JsonDiff.between(this.objectMapper.valueToTree(stored),
				this.objectMapper.valueToTree(replayed));
		return new ReplayReport(id, ruleset.hash(), differences.isEmpty(), stored.status(), replayed.status(),
				differences);
	}

	/**
	 * Why records of the stored evaluation's subject did not count, each reason with the rule that found it: the
	 * evaluation is run again as {@link #replay} runs it (they are not stored; its findings say them in words).
	 */
	public List<Defect> defects(String id) {
		Evaluation stored = find(id);
		return rerun(stored, rulesetOf(stored), stored.subject(), factsOf(id)).defects()
			.stream()
			.filter((defect) -> stored.subjectId().equals(defect.subjectId()))
			.toList();
	}

	/** The ruleset content a stored evaluation used, from its snapshot if the files on disk changed since. */
	Ruleset rulesetOf(Evaluation stored) {
		return this.rulesets.byHash(stored.scheme(), stored.year(), stored.ruleset().hash())
			.orElseThrow(() -> EvaluationException.unprocessable("RULESET_SNAPSHOT_MISSING",
					"找不到该评价所用的规则集快照 " + stored.ruleset().hash()));
	}

	/**
	 * The same evaluation as the stored one: alone, or within the whole of the larger subject it came from, on the
	 * contents of the required rulesets it recorded.
	 */
	private RuleOutcome rerun(Evaluation stored, Ruleset ruleset, Subject subject, Dataset facts) {
		return rerun(this.evaluator.preferring(RecordedRequirements.of(this.rulesets, stored.requiredRulesets())),
				ruleset, subject, stored.evaluatedTogether(), facts);
	}

	/** The subject's outcome alone, or within the whole of the larger subject. */
	private RuleOutcome rerun(Ruleset ruleset, Subject subject, Evaluation.Together together, Dataset facts) {
		return rerun(this.evaluator, ruleset, subject, together, facts);
	}

	private static RuleOutcome rerun(Evaluator evaluator, Ruleset ruleset, Subject subject,
			Evaluation.Together together, Dataset facts) {
		if (together == null) {
			return evaluator.evaluateOne(ruleset, subject, facts);
		}
		SubjectResult result = evaluator
			.evaluate(ruleset, Scope.whole(together.subjectType(), together.subjectId()), subject.asOf(), subject.period(),
					facts)
			.stream()
			.filter((r) -> r.subject().type() == subject.type() && r.subject().id().equals(subject.id()))
			.findFirst()
			.orElseThrow(() -> new EvaluationFailedException("NO_STATUS",
					"重现时在 " + together.subjectId() + " 的评价中没有评价对象 " + subject.id()));
		if (!result.succeeded()) {
			throw EvaluationFailedException.of(result);
		}
		return result.outcome();
	}

	public Evaluation find(String id) {
		return this.evaluations.findById(id)
			.filter((evaluation) -> this.scope.visible(evaluation.subjectType(), evaluation.subjectId()))
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * The facts the evaluation read, as it saw them on its asOf: the facts of its scope at its revision, or for an
	 * evaluation stored before revisions existed, its snapshot. Replay and every explanation of a stored
	 * evaluation read its facts here.
	 */
	public Dataset factsOf(String id) {
		find(id);
		Evaluations.StoredFacts stored = this.evaluations.factsOf(id).orElseThrow(() -> notFound(id));
		if (stored.read() == null) {
			return stored.snapshot();
		}
		return read(stored.read(), find(id).asOf());
	}

	public List<Evaluation.Summary> ofSubject(SubjectType type, String subjectId) {
		requireVisible(type, subjectId);
		return this.evaluations.findBySubject(type, subjectId);
	}

	/** The revision of the facts each stored evaluation of the subject read, by evaluation id. */
	public Map<String, Long> factsRevisionsOf(SubjectType type, String subjectId) {
		requireVisible(type, subjectId);
		return this.evaluations.factsRevisions(type, subjectId);
	}

	private void requireVisible(SubjectType type, String subjectId) {
		if (this.facts.subjectTypeOf(subjectId).isEmpty() || !this.scope.visible(type, subjectId)) {
			throw EvaluationException.notFound("SUBJECT_NOT_FOUND", "评价对象「" + subjectId + "」不存在");
		}
	}

	private static EvaluationException notFound(String id) {
		return EvaluationException.notFound("EVALUATION_NOT_FOUND", "评价结果「" + id + "」不存在");
	}

}
