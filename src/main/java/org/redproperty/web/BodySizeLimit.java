package org.redproperty.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code app.web.max-body-size} (Tomcat limits only form posts) with
 * {@code 413 PAYLOAD_TOO_LARGE}. It runs before every other filter, sign-in included: a body whose declared
 * {@code Content-Length} is too large is answered at once, unread; any other body is counted as it is read, so a
 * body without a declared length (chunked) is stopped too, and the handler answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(BodySizeLimit.Properties.class)
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final ObjectMapper objectMapper;

	BodySizeLimit(Properties properties, ObjectMapper objectMapper) {
		this.limit = properties.maxBodySize().toBytes();
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			SecurityProblems.write(this.objectMapper, response, ProblemHandler.problem(ErrorCode.PAYLOAD_TOO_LARGE,
					"请求体最多 " + DataSize.ofBytes(this.limit).toKilobytes() + " KB；请分批导入"));
			return;
		}
		chain.doFilter(new Limited(request, this.limit), response);
	}

	/** Whether the body was refused for its size. */
	static boolean exceeded(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	/** @param maxBodySize the largest request body taken, e.g. {@code 64MB} */
	@ConfigurationProperties("app.web")
	record Properties(DataSize maxBodySize) {

		Properties {
			maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofMegabytes(64);
		}

	}

	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("request body larger than " + limit + " bytes");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > this.limit) {
				throw new TooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
