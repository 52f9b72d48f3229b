package org.redproperty.forms;

/**
 * One column of a form: its header as printed (and as read back), the fact field it fills (null for the source
 * document's descriptive columns, which the service checks but does not store), what its cells hold, whether it
 * is one of the service's own columns (ids and the like, which the source document does not have), its width in
 * characters and a note shown on its header.
 */
record Column(String header, String field, Type type, boolean service, int width, String note) {

	/** What a column's cells hold. */
	enum Type {

		/** Text; a number typed in it is read as its digits. */
		TEXT,
		/** A date: an Excel date, or text such as 2023-09-01, 2023/9/1 or 2023年9月1日. */
		DATE,
		/** A whole number, as a number or as text. */
		INTEGER,
		/** A percentage: 92, 92%, or a cell formatted as a percentage. */
		PERCENT,
		/** One of the 五心, chosen from a list. */
		HEART,
		/** 活动 or 场景, chosen from a list. */
		KIND,
		/** A scheme's id, chosen from a list. */
		SCHEME,
		/** The running number of the row (序号): written on export, not read. */
		SERIAL

	}

	static Column source(String header, String field, Type type, int width, String note) {
		return new Column(header, field, type, false, width, note);
	}

	static Column service(String header, String field, Type type, int width, String note) {
		return new Column(header, field, type, true, width, note);
	}

	/** A header as it is compared: without spaces and line breaks, with full-width brackets. */
	static String normalized(String header) {
		return (header == null) ? "" : header.replaceAll("\\s+", "").replace('(', '（').replace(')', '）');
	}

}
