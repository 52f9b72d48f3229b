package org.redproperty.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The titles (称号) as stored, per holder or for every holder the caller sees (within its district scope), narrowed
 * by scheme, year and whether they are still held.
 */
@RestController
@RequestMapping("/api")
class TitlesController {

	private final FactStore facts;

	private final DistrictScope scope;

	TitlesController(FactStore facts, DistrictScope scope) {
		this.facts = facts;
		this.scope = scope;
	}

	/**
	 * @param held {@code true}: only titles not revoked; {@code false}: only revoked ones; absent: both
	 */
	@GetMapping("/titles")
	@Transactional(readOnly = true)
	List<Title> titles(@RequestParam(required = false) HolderType holderType,
			@RequestParam(required = false) String holderId, @RequestParam(required = false) String scheme,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean held) {
		List<Title> stored = (holderId != null) ? this.facts.where(Title.class, "holderId", holderId)
				: this.facts.all(Title.class);
		Predicate<Title> wanted = (title) -> (holderType == null || title.holderType() == holderType)
				&& (scheme == null || scheme.equals(title.scheme())) && (year == null || year.equals(title.year()))
				&& (held == null || held == (title.revokedOn() == null));
		return stored.stream()
			.filter(wanted)
			.filter(visible())
			.sorted(Comparator.comparing(Title::grantedOn).thenComparing(Title::id))
			.toList();
	}

	/** Whether the caller sees the holder of a title: always, unless it is limited to another district. */
	private Predicate<Title> visible() {
		Optional<String> own = org.redproperty.common.Caller.district();
		if (own.isEmpty()) {
			return (title) -> true;
		}
		Set<String> projects = this.scope.ids(SubjectType.PROJECT, own.get());
		Set<String> companies = this.scope.ids(SubjectType.COMPANY, own.get());
		return (title) -> ((title.holderType() == HolderType.PROJECT) ? projects : companies).contains(title.holderId());
	}

}
