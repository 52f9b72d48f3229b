package org.redproperty.pages;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The home page: for each role the account holds, the work of that role. The header of every page names the
 * account, its roles and its district and offers sign-out.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	/** Where Spring Security sends a signed-in account that lacks the role a page or form needs. */
	@RequestMapping("/forbidden")
	String forbidden(HttpServletResponse response, Model model) {
		return PageErrors.page(response, model, HttpStatus.FORBIDDEN, "FORBIDDEN",
				"您的账户没有打开这个页面或提交这个表单所需的角色。");
	}

}
