package org.redproperty.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Caller;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.ScoreLine;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.HolderType;
import org.redproperty.facts.Title;
import org.redproperty.ruleset.Publishing;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a job's results after the public notice (公示): what its ruleset's manifest declares under
 * {@code publish} becomes {@code titles} facts in one revision, through the one import (so revision, history and
 * the account that did it are recorded as for every import): a title for each subject with a granting status, one
 * for each award of a declared rule, and the revocation of the title each subject with the revoking status holds.
 * A job is published once: publishing it again answers the first publication and writes nothing. A title the
 * holder already has (same scheme, year and title, e.g. from an earlier job) is not granted again.
 */
@Service
public class RescorePublisher {

	/** The zone of the dates facts carry: a job published at 01:00 in Beijing grants its titles on that day. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int PAGE = 1000;

	private final RescoreService service;

	private final RescoreJobs jobs;

	private final RescoreResults results;

	private final Rulesets rulesets;

	private final Evaluations evaluations;

	private final FactStore facts;

	private final DatasetService datasets;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	/** @param clock what "today" is when a job is published: a {@link Clock} bean if there is one, else the system clock */
	RescorePublisher(RescoreService service, RescoreJobs jobs, RescoreResults results, Rulesets rulesets,
			Evaluations evaluations, FactStore facts, DatasetService datasets, ObjectMapper objectMapper,
			ObjectProvider<Clock> clock) {
		this.service = service;
		this.jobs = jobs;
		this.results = results;
		this.rulesets = rulesets;
		this.evaluations = evaluations;
		this.facts = facts;
		this.datasets = datasets;
		this.objectMapper = objectMapper;
		this.clock = clock.getIfAvailable(() -> Clock.system(CHINA));
	}

	/**
	 * Publishes the job's results as titles, once.
	 * @throws RescoreException {@code RESCORE_JOB_NOT_FOUND} outside the caller's district,
	 * {@code RESCORE_JOB_NOT_PUBLISHABLE} unless the job succeeded
	 */
	@Transactional
	public RescoreJob publish(String id) {
		this.service.find(id);
		this.jobs.lock(id);
		RescoreJob job = this.service.find(id);
		if (job.publication() != null) {
			return job;
		}
		if (job.state() != JobState.SUCCEEDED) {
			throw RescoreException.conflict("RESCORE_JOB_NOT_PUBLISHABLE", "任务「" + id + "」" + switch (job.state()) {
				case QUEUED, RUNNING -> "还没有结束";
				case FAILED -> "失败了，须继续到成功后再发布";
				default -> "已取消，结果不完整";
			} + "，只能发布成功结束的任务");
		}
		Ruleset ruleset = this.rulesets.byHash(job.scheme(), job.year(), job.ruleset().hash())
			.orElseThrow(() -> RescoreException.conflict("RESCORE_JOB_NOT_PUBLISHABLE",
					"找不到任务所用的规则集 " + job.scheme() + "/" + job.year() + "（" + job.ruleset().hash() + "）"));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		Titles titles = titles(job, ruleset, LocalDate.ofInstant(now, CHINA));
		Long revision = null;
		if (!titles.granted.isEmpty() || !titles.revoked.isEmpty()) {
			List<Title> rows = new ArrayList<>(titles.granted.values());
			rows.addAll(titles.revoked.values());
			revision = this.datasets.importDataset(this.objectMapper.valueToTree(Map.of("titles", rows)),
					"publish rescore-job " + id).revision();
		}
		this.jobs.published(id, new Publication(now, Caller.name(), revision, titles.granted.size(),
				titles.revoked.size()));
		return this.service.find(id);
	}

	/** The titles the job's results grant, and those they revoke, by id. */
	private Titles titles(RescoreJob job, Ruleset ruleset, LocalDate today) {
		Publishing publish = ruleset.manifest().publish();
		Titles titles = new Titles();
		if (!publish.any()) {
			return titles;
		}
		for (RescoreResult result : finalResults(job)) {
			HolderType holder = HolderType.of(result.subjectType());
			if (result.error() != null || holder == null) {
				continue;
			}
			String title = publish.titleFor(result.subjectType(), result.status(), job.period());
			if (title != null) {
				titles.grant(newTitle(holder, result.subjectId(), job, title, today));
			}
			boolean revokes = publish.revokes() != null && publish.revokes().status().equals(result.status());
			if ((publish.awards().isEmpty() && !revokes) || result.evaluationId() == null) {
				continue;
			}
			Evaluation evaluation = this.evaluations.findById(result.evaluationId()).orElse(null);
			if (evaluation == null) {
				continue;
			}
			evaluation.awards().forEach((award) -> {
				String named = publish.titleForAward(award.code(), award.holder(), job.period());
				if (named != null) {
					titles.grant(newTitle(holder, result.subjectId(), job, named, today));
				}
			});
			if (revokes) {
				revoke(holder, result.subjectId(), publish.revokes().scheme(), publish.revokes().year(ruleset.parameters()),
						publish.revokes().title(), reasons(evaluation), today, titles);
			}
		}
		// a title the holder already has is not granted again (nor a second time by the same job)
		Set<String> stored = this.facts.where(Title.class, "id", titles.granted.keySet()).stream()
			.map(Title::id)
			.collect(Collectors.toSet());
		titles.granted.keySet().removeAll(stored);
		return titles;
	}

	/** The job's results as it ended: a resumed job's results are those its districts were last written with. */
	private List<RescoreResult> finalResults(RescoreJob job) {
		List<RescoreResult> all = new ArrayList<>();
		ResultFilter every = new ResultFilter(null, null);
		for (int page = 0; page == 0 || all.size() == page * PAGE; page++) {
			all.addAll(this.results.page(job.id(), every, page, PAGE));
		}
		return all;
	}

	private void revoke(HolderType holder, String holderId, String scheme, int year, String name, String reason,
			LocalDate today, Titles titles) {
		this.facts.where(Title.class, "holderId", holderId)
			.stream()
			.filter((t) -> t.holderType() == holder && t.scheme().equals(scheme) && t.year() == year
					&& t.title().equals(name) && t.revokedOn() == null)
			.forEach((t) -> titles.revoked.put(t.id(),
					t.revoked(today.isBefore(t.grantedOn()) ? t.grantedOn() : today, reason)));
	}

	/** Why a result revokes: the reasons of its lines (one per reason), else the reason of its status. */
	private static String reasons(Evaluation evaluation) {
		String lines = evaluation.lines()
			.stream()
			.map(ScoreLine::reason)
			.filter((reason) -> reason != null && !reason.isBlank())
			.distinct()
			.collect(Collectors.joining("；"));
		String reason = lines.isEmpty() ? evaluation.statusReason() : lines;
		return (reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason;
	}

	private static Title newTitle(HolderType holder, String holderId, RescoreJob job, String title, LocalDate today) {
		return new Title(idOf(holder, holderId, job.scheme(), job.year(), title), holder, holderId, job.scheme(),
				job.year(), title, today, null, null);
	}

	/** The same title of the same holder always has the same id, so that it is granted once. */
	private static String idOf(HolderType holder, String holderId, String scheme, int year, String title) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\n", holder.name(), holderId, scheme, String.valueOf(year), title)
					.getBytes(StandardCharsets.UTF_8));
			return "TI-" + HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a publication writes. */
	private static final class Titles {

		private final Map<String, Title> granted = new LinkedHashMap<>();

		private final Map<String, Title> revoked = new LinkedHashMap<>();

		void grant(Title title) {
			this.granted.putIfAbsent(title.id(), title);
		}

	}

}
