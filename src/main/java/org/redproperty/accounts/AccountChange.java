package org.redproperty.accounts;

import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * A change to an account; what is left out stays as it is. {@code districtId: null} lifts the district limit,
 * {@code enabled: false} stops the account from signing in, and a new {@code password} also lifts a lockout.
 */
public record AccountChange(@Size(min = 1, message = "请至少给出一个角色") Set<Role> roles,
		Optional<String> districtId, Boolean enabled,
		@Size(min = 8, max = 200, message = "密码应有 8 到 200 个字符") String password) {
}
