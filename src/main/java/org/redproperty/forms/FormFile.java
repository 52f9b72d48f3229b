package org.redproperty.forms;

/** A spreadsheet to hand out: the file name to offer (Chinese) and its content. */
public record FormFile(String fileName, byte[] content) {

	/** The media type of every form. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}
