package org.redproperty.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.common.ServiceException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the pages as a page in Chinese with the status the API would answer: what is outside the account's
 * district or does not exist is {@code 404}, a bad form {@code 400}, a role the account lacks {@code 403}. Only the
 * page controllers' errors come here; the API's stay problem details.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(ServiceException.class)
	String serviceError(ServiceException ex, HttpServletResponse response, Model model) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return page(response, model, status, ex.code(), ex.getMessage());
	}

	static String page(HttpServletResponse response, Model model, HttpStatus status, String code, String message) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("code", code);
		model.addAttribute("message", message);
		return "error";
	}

}
