package org.redproperty.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser that asks for a page that does not exist gets the pages' error page in Chinese, with its header; a
 * script asking the API for an unknown path still gets problem details.
 */
@Component
class PageNotFound implements HandlerExceptionResolver, WebMvcConfigurer {

	private final PageModel pages;

	PageNotFound(PageModel pages) {
		this.pages = pages;
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, this);
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof NoResourceFoundException) || request.getRequestURI().startsWith("/api/")
				|| !acceptsHtml(request)) {
			return null;
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("code", "NOT_FOUND");
		page.addObject("message", "地址「" + request.getRequestURI() + "」不存在。");
		page.addObject("me", this.pages.me(SecurityContextHolder.getContext().getAuthentication()));
		page.addObject("zh", this.pages.chinese());
		return page;
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && MediaType.parseMediaTypes(accept).stream()
			.anyMatch((type) -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

}
