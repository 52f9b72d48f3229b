package org.redproperty.forms;

import java.util.List;

import org.redproperty.facts.FactKind;

/**
 * The offices' two Excel forms of the source document (川综执字〔2023〕68号): 附件1 推荐汇总表, one row per
 * nominated project, and 附件2 活动记录表, one row per activity or scene. Each is a template to download and fill,
 * and a file to upload.
 */
public enum FormKind {

	/** 附件1 推荐汇总表: rows become {@code nominations}. */
	NOMINATIONS("附件1 推荐汇总表", "nominations", "推荐汇总表", FactKind.NOMINATIONS, FormLayout.NOMINATIONS),

	/** 附件2 活动记录表: rows become {@code activities}. */
	ACTIVITIES("附件2 活动记录表", "activities", "活动记录表", FactKind.ACTIVITIES, FormLayout.ACTIVITIES);

	private final String title;

	private final String path;

	private final String sheetName;

	private final FactKind facts;

	private final List<Column> columns;

	FormKind(String title, String path, String sheetName, FactKind facts, List<Column> columns) {
		this.title = title;
		this.path = path;
		this.sheetName = sheetName;
		this.facts = facts;
		this.columns = columns;
	}

	/** The form's name as people know it, e.g. {@code 附件1 推荐汇总表}. */
	public String title() {
		return this.title;
	}

	/** The name of its template's file, e.g. {@code 附件1 推荐汇总表.xlsx}. */
	public String fileName() {
		return this.title + ".xlsx";
	}

	/** Its name in paths and plain file names: {@code nominations}, {@code activities}. */
	public String path() {
		return this.path;
	}

	/** The kind of facts its rows become. */
	public FactKind facts() {
		return this.facts;
	}

	String sheetName() {
		return this.sheetName;
	}

	List<Column> columns() {
		return this.columns;
	}

	/** The column that carries a field of the facts, or null when none does. */
	Column columnOf(String field) {
		return this.columns.stream().filter((column) -> field.equals(column.field())).findFirst().orElse(null);
	}

}
