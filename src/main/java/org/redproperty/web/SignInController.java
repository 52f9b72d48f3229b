package org.redproperty.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page of the pages; Spring Security handles the form it posts and the sign-out. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn() {
		return "login";
	}

}
