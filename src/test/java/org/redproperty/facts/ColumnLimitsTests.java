package org.redproperty.facts;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits the import checks ({@link FieldSpec}: text lengths, decimal places and digits) are the columns'
 * own, as the migrations made them on this database: a migration that widens or narrows a column fails here until
 * the field's spec says the same, and every text or decimal column of a fact table has a spec with a limit.
 */
abstract class ColumnLimitsTests extends DatabaseTestSupport {

	private static final Set<FieldSpec.Type> LIMITED = Set.of(FieldSpec.Type.ID, FieldSpec.Type.TEXT,
			FieldSpec.Type.REFERENCE, FieldSpec.Type.SUBJECT_REFERENCE, FieldSpec.Type.ENUM, FieldSpec.Type.CREDIT_CODE,
			FieldSpec.Type.DECIMAL, FieldSpec.Type.BOUNDED);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RelationalMappingContext mapping;

	@Test
	void fieldSpecsHoldTheLimitsOfTheirColumns() throws SQLException {
		List<String> checked = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (FactKind kind : FactKind.values()) {
				int limitedColumns = 0;
				try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), kind.table(), null)) {
					while (columns.next()) {
						int type = columns.getInt("DATA_TYPE");
						limitedColumns += (type == Types.VARCHAR || type == Types.CHAR || type == Types.DECIMAL) ? 1 : 0;
					}
				}
				int limitedSpecs = 0;
				for (FieldSpec field : FieldSpec.SCHEMA.get(kind)) {
					if (LIMITED.contains(field.type())) {
						limitedSpecs++;
						checkColumn(meta, connection, kind, field);
						checked.add(kind.key() + "." + field.name());
					}
				}
				assertThat(limitedSpecs).as("text and decimal columns of %s", kind.table()).isEqualTo(limitedColumns);
			}
		}
		assertThat(checked).contains("surveys.averageScore", "districts.name", "activities.title", "indicators.value");
	}

	private void checkColumn(DatabaseMetaData meta, Connection connection, FactKind kind, FieldSpec field)
			throws SQLException {
		String column = this.mapping.getRequiredPersistentEntity(kind.type())
			.getRequiredPersistentProperty(field.name())
			.getColumnName()
			.getReference();
		try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), kind.table(), column)) {
			assertThat(columns.next()).as("column %s.%s", kind.table(), column).isTrue();
			int size = columns.getInt("COLUMN_SIZE");
			String where = kind.table() + "." + column;
			switch (field.type()) {
				case DECIMAL, BOUNDED -> {
					assertThat(field.precision()).as("precision of %s", where).isEqualTo(size);
					assertThat(field.scale()).as("scale of %s", where).isEqualTo(columns.getInt("DECIMAL_DIGITS"));
				}
				case ENUM -> assertThat(Arrays.stream(field.enumType().getEnumConstants()).map(Enum::name))
					.as("values of %s", where)
					.allMatch((name) -> name.length() <= size);
				default -> assertThat(field.length()).as("length of %s", where).isEqualTo(size);
			}
		}
	}

}
