package org.redproperty.accounts;

import java.time.Instant;
import java.util.Set;

/** An account as the API shows it: never its password or hash. */
public record AccountView(String username, Set<Role> roles, String districtId, boolean enabled, Instant lockedUntil,
		Instant createdAt) {
}
