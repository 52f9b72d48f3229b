package org.redproperty.evaluation;

import org.redproperty.facts.SubjectType;

/**
 * The facts an evaluation read: the facts of a scope (the evaluated subject, or the district a batch evaluated in
 * one session) as known at a revision, before the evaluation's asOf was applied.
 */
public record FactsRead(long revision, SubjectType scopeType, String scopeId) {

	String key() {
		return this.scopeType.name() + ":" + this.scopeId;
	}

	static FactsRead parse(long revision, String key) {
		int colon = key.indexOf(':');
		return new FactsRead(revision, SubjectType.valueOf(key.substring(0, colon)), key.substring(colon + 1));
	}

}
