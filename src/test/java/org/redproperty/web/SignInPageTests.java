package org.redproperty.web;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' form sign-in: a Chinese sign-in page open to anyone, with a CSRF token in its form; a form posted
 * without the token is refused; a good sign-in starts a session, a bad one returns to the page with a message.
 */
class SignInPageTests extends DocumentationTest {

	@Test
	void theSignInPageIsOpenAndCarriesACsrfToken() throws Exception {
		this.mvc.perform(get("/login").with(withoutSignIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void aPageNeedsASignIn() throws Exception {
		this.mvc.perform(get("/").with(withoutSignIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").with(withoutSignIn()).param("username", "tester").param("password", "tester-password"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aGoodSignInStartsASessionAndABadOneShowsTheMessage() throws Exception {
		this.mvc.perform(post("/login").with(withoutSignIn()).with(csrf())
			.param("username", "tester")
			.param("password", "tester-password"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/login").with(withoutSignIn()).with(csrf())
			.param("username", "tester")
			.param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

}
