package org.redproperty.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The audit log: every write is recorded with its account, time, action and outcome, whether the write succeeded
 * or not. Entries are written outside any transaction of the write itself, so that a refused write stays on record.
 */
@Service
public class AuditLog {

	private static final int MAX_TARGET = 500;

	private final JdbcAggregateTemplate template;

	private final Clock clock = Clock.systemUTC();

	AuditLog(JdbcAggregateTemplate template) {
		this.template = template;
	}

	public void record(String account, String action, String target, int status, String outcome) {
		String shortTarget = (target.length() > MAX_TARGET) ? target.substring(0, MAX_TARGET) : target;
		this.template.insert(new AuditEntry(null, this.clock.instant(), account, action, shortTarget, status, outcome));
	}

	/** A page of entries, newest first, limited to an account, an action and a time span when they are given. */
	public AuditPage page(AuditFilter filter, int page, int size) {
		Criteria criteria = Criteria.empty();
		if (filter.account() != null) {
			criteria = criteria.and("account").is(filter.account());
		}
		if (filter.action() != null) {
			criteria = criteria.and("action").is(filter.action());
		}
		if (filter.from() != null) {
			criteria = criteria.and("recordedAt").greaterThanOrEquals(filter.from());
		}
		if (filter.to() != null) {
			criteria = criteria.and("recordedAt").lessThan(filter.to());
		}
		long total = this.template.count(Query.query(criteria), AuditEntry.class);
		List<AuditEntry> entries = this.template.findAll(Query.query(criteria)
			.sort(Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id")))
			.limit(size)
			.offset((long) page * size), AuditEntry.class);
		return new AuditPage(entries, page, size, total, (int) ((total + size - 1) / size));
	}

	/** Which entries to list; a null field does not limit. {@code to} is exclusive. */
	public record AuditFilter(String account, String action, Instant from, Instant to) {
	}

	public record AuditPage(List<AuditEntry> content, int page, int size, long totalElements, int totalPages) {
	}

}
