package org.redproperty.evaluation.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.redproperty.evaluation.Rank;

/**
 * The ranks a pattern matched, best first (ties by id), as a list a reason can show: {@code 1. 甲；2. 乙；2. 丙}.
 */
public final class Ranking {

	private final List<Rank> ranks;

	private Ranking(List<Rank> ranks) {
		this.ranks = ranks;
	}

	public static Ranking of(List<Rank> ranks) {
		return new Ranking(ranks.stream().sorted(Comparator.comparingInt(Rank::rank).thenComparing(Rank::subjectId)).toList());
	}

	public int size() {
		return this.ranks.size();
	}

	public boolean isEmpty() {
		return this.ranks.isEmpty();
	}

	/** The ranked subjects' ids, best first. */
	public List<String> ids() {
		return this.ranks.stream().map(Rank::subjectId).toList();
	}

	@Override
	public String toString() {
		return this.ranks.stream().map((rank) -> rank.rank() + ". " + rank.subjectId()).collect(Collectors.joining("；"));
	}

	/** {@code ranking( $rank )}: the matched ranks in order. */
	public static final class Function extends Collecting<Rank> {

		public Function() {
			super(Rank.class);
		}

		@Override
		Object result(List<Rank> values) {
			return Ranking.of(values);
		}

		@Override
		public Class<?> getResultType() {
			return Ranking.class;
		}

	}

}
