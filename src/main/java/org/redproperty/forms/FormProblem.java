package org.redproperty.forms;

/**
 * One thing wrong with an uploaded form: the spreadsheet row (as Excel numbers it, from 1; null for the file as a
 * whole), the column's header (null for the row as a whole), a stable code of {@code facts.RowCode} and a message
 * in Chinese.
 */
public record FormProblem(Integer row, String column, String code, String message) {
}
