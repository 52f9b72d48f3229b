package org.redproperty.common;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as far as a feature needs to know: the signed-in account's name and the one district it may be
 * limited to. A district scope is an authority {@code DISTRICT_<id>} beside the roles, so that features read it
 * without knowing how accounts are stored. Without a signed-in account (the command line, start-up work, a job's
 * own threads) nothing is limited.
 */
public final class Caller {

	/** The prefix of the authority that limits an account to one district. */
	public static final String DISTRICT_AUTHORITY = "DISTRICT_";

	private Caller() {
	}

	/** The signed-in account's name, or null when nobody is signed in. */
	public static String name() {
		Authentication authentication = authentication();
		return (authentication != null) ? authentication.getName() : null;
	}

	/** The district the caller is limited to; empty when it sees every district. */
	public static Optional<String> district() {
		Authentication authentication = authentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(DISTRICT_AUTHORITY))
			.map((authority) -> authority.substring(DISTRICT_AUTHORITY.length()))
			.findFirst();
	}

	/** Whether the caller may see what belongs to that district (a null district belongs to none). */
	public static boolean sees(String districtId) {
		return district().map((own) -> own.equals(districtId)).orElse(true);
	}

	private static Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal())) ? authentication : null;
	}

}
