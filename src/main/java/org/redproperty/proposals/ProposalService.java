package org.redproperty.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Caller;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.SubjectType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists proposed credit deductions and decides them. Confirming imports the deduction as a {@code creditDeductions}
 * fact through the one import (a new revision, recorded by the signed-in account), dated on the day of confirmation;
 * rejecting keeps the reason. A proposal is decided once. A caller limited to a district sees and decides only the
 * proposals of companies serving it.
 */
@Service
public class ProposalService {

	/** The zone of the dates facts carry: a deduction confirmed at 01:00 in Beijing is dated on that day. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The prefix of the id of the fact a confirmation creates: {@code DP-} and the proposal's id. */
	private static final String FACT_PREFIX = "DP-";

	private final DeductionProposals proposals;

	private final DatasetService datasets;

	private final DistrictScope scope;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	/**
	 * @param clock what "today" is when a deduction is confirmed: a {@link Clock} bean if there is one (tests set a
	 * day of the scheme year), else the system clock in the service's zone
	 */
	ProposalService(DeductionProposals proposals, DatasetService datasets, DistrictScope scope,
			ObjectMapper objectMapper, ObjectProvider<Clock> clock) {
		this.proposals = proposals;
		this.datasets = datasets;
		this.scope = scope;
		this.objectMapper = objectMapper;
		this.clock = clock.getIfAvailable(() -> Clock.system(CHINA));
	}

	@Transactional(readOnly = true)
	public ProposalPage list(String companyId, ProposalState state, int page, int size) {
		ProposalFilter filter = new ProposalFilter(companyId, state,
				Caller.district().map((district) -> this.scope.ids(SubjectType.COMPANY, district)).orElse(null));
		long total = this.proposals.count(filter);
		return new ProposalPage(this.proposals.page(filter, page, size), page, size, total,
				(int) ((total + size - 1) / size));
	}

	@Transactional(readOnly = true)
	public DeductionProposal find(String id) {
		return this.proposals.find(id).filter(this::visible).orElseThrow(() -> notFound(id));
	}

	/**
	 * Confirms the proposal: its deduction becomes a {@code creditDeductions} fact of the company in a new revision,
	 * dated today, with a reason that cites the evaluation and the rule (and the note, if any).
	 */
	@Transactional
	public DeductionProposal confirm(String id, String note) {
		DeductionProposal proposal = open(id, "确认");
		Instant now = now();
		String factId = FACT_PREFIX + proposal.id();
		CreditDeduction deduction = new CreditDeduction(factId, proposal.companyId(), LocalDate.ofInstant(now, CHINA),
				proposal.points(), reasonOf(proposal, note));
		long revision = this.datasets
			.importDataset(this.objectMapper.valueToTree(Map.of("creditDeductions", List.of(deduction))),
					"deduction-proposal " + proposal.id())
			.revision();
		this.proposals.decide(id, new DeductionProposals.Decision(ProposalState.CONFIRMED, Caller.name(), now,
				blankToNull(note), proposal.latestEvaluationId(), factId, revision));
		return find(id);
	}

	/** Rejects the proposal and keeps why; no fact changes. */
	@Transactional
	public DeductionProposal reject(String id, String reason) {
		DeductionProposal proposal = open(id, "驳回");
		this.proposals.decide(id, new DeductionProposals.Decision(ProposalState.REJECTED, Caller.name(), now(),
				reason.strip(), proposal.latestEvaluationId(), null, null));
		return find(id);
	}

	/** The proposal, locked, if it is visible to the caller and still open. */
	private DeductionProposal open(String id, String action) {
		DeductionProposal proposal = this.proposals.lock(id).filter(this::visible).orElseThrow(() -> notFound(id));
		if (proposal.state() != ProposalState.PROPOSED) {
			throw ProposalException.conflict("PROPOSAL_ALREADY_DECIDED",
					"拟扣信用分「" + id + "」" + proposal.state().label() + "（" + proposal.decidedBy() + "，"
							+ TIME.format(proposal.decidedAt().atZone(CHINA)) + "），不能再" + action);
		}
		return proposal;
	}

	/**
	 * The deduction's reason: what the rule proposed, the rule, its clause, the evaluation and the records cited,
	 * and the confirming note.
	 */
	private static String reasonOf(DeductionProposal proposal, String note) {
		String reason = "经确认：" + Objects.requireNonNullElse(proposal.reason(), "拟扣减信用分 " + proposal.points() + " 分")
				+ "（规则 " + proposal.ruleCode()
				+ ((proposal.clause() != null) ? "，" + proposal.clause() : "") + "；评价 " + proposal.scheme() + "/"
				+ proposal.year() + " " + proposal.latestEvaluationId()
				+ (proposal.cited().isEmpty() ? "" : "；记录 " + String.join("、", proposal.cited())) + "）";
		return (blankToNull(note) != null) ? reason + "；确认意见：" + note.strip() : reason;
	}

	private boolean visible(DeductionProposal proposal) {
		return this.scope.visible(SubjectType.COMPANY, proposal.companyId());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static ProposalException notFound(String id) {
		return ProposalException.notFound("PROPOSAL_NOT_FOUND", "拟扣信用分「" + id + "」不存在");
	}

}
