package org.redproperty.forms;

import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;

/** A row of an uploaded form: its number as Excel shows it, and its non-blank cells by their column's header. */
record SheetRow(int number, Map<String, Cell> cells) {
}
