package org.redproperty.pages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.redproperty.accounts.Role;

/**
 * The signed-in account as every page shows it in its header: name, roles and the district it is limited to (null
 * when it sees every district), and what the page may offer it.
 */
public record SignedIn(String name, Set<Role> roles, String districtId, String districtName) {

	/** The roles in the order of {@link Role}, for display. */
	public List<Role> roleList() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles).stream().toList();
	}

	/** Whether the account holds that role (by name, as templates ask: {@code ${me.has('POLICY')}}). */
	public boolean has(String role) {
		return this.roles.contains(Role.valueOf(role));
	}

	/** The district in words: its name, or 全部区 when the account is not limited to one. */
	public String scope() {
		if (this.districtId == null) {
			return "全部区";
		}
		return (this.districtName != null) ? this.districtName : this.districtId;
	}

}
