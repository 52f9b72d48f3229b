package org.redproperty.forms;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A row of a form as a row of the import format, with its spreadsheet row number and, where it differs from the
 * form's layout, the column a field was read from (a project named by its name).
 */
record FormRow(int number, ObjectNode json, Map<String, String> columns) {
}
