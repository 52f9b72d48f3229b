package org.redproperty.pages;

import java.util.EnumSet;
import java.util.Set;

import org.redproperty.accounts.Role;
import org.redproperty.common.Caller;
import org.redproperty.facts.District;
import org.redproperty.facts.FactStore;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's model holds: the signed-in account ({@code me}) and the formats of {@link Chinese} ({@code zh}). */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	private final FactStore facts;

	private final Chinese chinese = new Chinese();

	PageModel(FactStore facts) {
		this.facts = facts;
	}

	@ModelAttribute("me")
	SignedIn me(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					roles.add(Role.valueOf(name.substring("ROLE_".length())));
				}
				catch (IllegalArgumentException ex) {
					// an authority that is no role of this service
				}
			}
		}
		String district = Caller.district().orElse(null);
		String districtName = (district != null)
				? this.facts.find(District.class, district).map(District::name).orElse(null) : null;
		return new SignedIn(authentication.getName(), roles, district, districtName);
	}

	@ModelAttribute("zh")
	Chinese chinese() {
		return this.chinese;
	}

}
