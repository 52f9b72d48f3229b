package org.redproperty.forms;

/**
 * A spreadsheet to hand out: the file name to offer (Chinese), a plain ASCII name for clients that cannot read
 * one (such as {@code curl -OJ}), and its content.
 */
public record FormFile(String fileName, String asciiName, byte[] content) {

	/** The media type of every form. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}
