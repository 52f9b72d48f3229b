package org.redproperty.accounts;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: name, password, at least one role, and the district it is limited to, if any. */
public record AccountRequest(
		@NotBlank(message = "请给出用户名") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "用户名只能由字母、数字和 . _ - 组成，最多 64 个字符") String username,
		@NotBlank(message = "请给出密码") @Size(min = 8, max = 200, message = "密码应有 8 到 200 个字符") String password,
		@NotEmpty(message = "请至少给出一个角色") Set<Role> roles, String districtId) {
}
