package org.redproperty.pages;

import java.util.ArrayList;
import java.util.List;

import org.redproperty.DocumentationTest;
import org.redproperty.accounts.Role;
import org.redproperty.common.Caller;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The base of the page tests: the application of {@link DocumentationTest} (the Zichuan demo district on H2) and
 * MockMvc requests made as a signed-in page user with the given roles, and optionally limited to a district.
 */
public abstract class PageTest extends DocumentationTest {

	/** Stores an evaluation of the subject under hongqi365/2023 through the API (as the test account); its id. */
	protected String evaluate(String subject, String asOf) throws Exception {
		String body = this.mvc
			.perform(post("/api/evaluations").contentType("application/json")
				.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + subject + "\",\"asOf\":\"" + asOf
						+ "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.objectMapper.readTree(body).get("id").asText();
	}

	/** A page request signed in with a session as an account holding those roles and seeing every district. */
	protected static RequestPostProcessor as(Role... roles) {
		return in(null, roles);
	}

	/** A page request signed in as an account holding those roles and limited to the district. */
	protected static RequestPostProcessor in(String districtId, Role... roles) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		if (districtId != null) {
			authorities.add(new SimpleGrantedAuthority(Caller.DISTRICT_AUTHORITY + districtId));
		}
		RequestPostProcessor user = user("page-" + ((roles.length > 0) ? roles[0].name().toLowerCase() : "none"))
			.authorities(authorities);
		RequestPostProcessor noBasic = withoutSignIn();
		return (request) -> user.postProcessRequest(noBasic.postProcessRequest(request));
	}

}
