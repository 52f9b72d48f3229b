package org.redproperty.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One recorded write: when, by which account (null when nobody was signed in), the action (a stable code such as
 * {@code IMPORT} or {@code SIGN_IN_FAILED}), what it was done to (the request, e.g. {@code POST /api/datasets}),
 * the HTTP status it ended with and a few words on the outcome.
 */
@Table("audit_log")
public record AuditEntry(@Id Long id, Instant recordedAt, String account, String action, String target, int status,
		String outcome) {
}
