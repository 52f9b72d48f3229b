package org.redproperty.forms;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * A spreadsheet to hand out: the file name to offer (Chinese), a plain ASCII name for clients that cannot read
 * one (such as {@code curl -OJ}), and its content.
 */
public record FormFile(String fileName, String asciiName, byte[] content) {

	/** The media type of every form. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * The {@code Content-Disposition} of a download: the Chinese name as RFC 6266 and RFC 5987 say
	 * ({@code filename*=UTF-8''…}), after a plain {@code filename} for clients that read only that one (Spring's
	 * {@code ContentDisposition} offers one or the other, and for a Chinese name an RFC 2047 word that such
	 * clients would keep as it is).
	 */
	public String contentDisposition() {
		return "attachment; filename=\"" + this.asciiName + "\"; filename*=UTF-8''"
				+ UriUtils.encode(this.fileName, StandardCharsets.UTF_8);
	}

}
