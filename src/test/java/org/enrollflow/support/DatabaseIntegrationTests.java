package org.enrollflow.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@EnrollFlowIntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnTheDatabaseTheBuildAskedFor() throws SQLException {
		String expected = "postgresql".equals(System.getProperty(TestDatabaseEnvironmentPostProcessor.DATABASE_PROPERTY))
				? "PostgreSQL" : "H2";
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
		}
	}

	@Test
	@Transactional
	void keepsCharactersOutsideTheBasicMultilingualPlane() {
		jdbc.execute("create local temporary table name_round_trip (name varchar(20))");
		try {
			jdbc.update("insert into name_round_trip (name) values (?)", "李𠮷祥");
			assertThat(jdbc.queryForObject("select name from name_round_trip", String.class)).isEqualTo("李𠮷祥");
			assertThat(jdbc.queryForObject("select count(*) from name_round_trip where name like ?", Integer.class,
					"%𠮷%")).isEqualTo(1);
		}
		finally {
			jdbc.execute("drop table name_round_trip");
		}
	}

}
