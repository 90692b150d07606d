package org.enrollflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The fresh PostgreSQL database a test JVM runs on: created on the server a JDBC URL names and
 * dropped when the JVM exits, or, without a URL, created on an embedded PostgreSQL started for
 * this JVM. Every application context of the JVM shares it, as they share the in-memory H2
 * database otherwise. Both go away only after Spring Boot has closed the contexts at exit: a
 * context still closing would otherwise wait for connections to a database that is gone.
 */
record PostgresTestDatabase(String url, String username, String password) {

	private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);

	private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

	private static final String NAME_PREFIX = "enrollflow_test_";

	private static final Pattern NAME = Pattern.compile(NAME_PREFIX + "(\\d+)_[0-9a-f]+");

	/** Databases older than this were left behind by a JVM that did not exit cleanly. */
	private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

	private static PostgresTestDatabase current;

	/**
	 * The database of this JVM, created on first use.
	 * @param serverUrl a JDBC URL of a PostgreSQL server to create the database on (with
	 * {@code user} and {@code password} parameters as needed), or {@code null} for an embedded
	 * PostgreSQL
	 * @param startupLog where to report, during startup, which database the tests use
	 */
	static synchronized PostgresTestDatabase obtain(String serverUrl, Log startupLog) {
		if (current == null) {
			current = (serverUrl != null) ? createOnServer(serverUrl, startupLog) : createOnEmbeddedServer(startupLog);
		}
		return current;
	}

	private static PostgresTestDatabase createOnServer(String serverUrl, Log startupLog) {
		Matcher url = SERVER_URL.matcher(serverUrl);
		if (!url.matches()) {
			throw new IllegalStateException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=...): " + serverUrl);
		}
		String query = (url.group(3) != null) ? url.group(3) : "";
		String name = NAME_PREFIX + Instant.now().getEpochSecond() + "_"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
			dropAbandonedDatabases(statement, startupLog);
			create(statement, name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + serverUrl, ex);
		}
		SpringApplication.getShutdownHandlers().add(() -> drop(serverUrl, name));
		startupLog.info("Tests run on PostgreSQL database " + name + " at " + url.group(1));
		return new PostgresTestDatabase(url.group(1) + "/" + name + query, parameter(query, "user"),
				parameter(query, "password"));
	}

	private static PostgresTestDatabase createOnEmbeddedServer(Log startupLog) {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			SpringApplication.getShutdownHandlers().add(() -> stop(server));
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				create(statement, "enrollflow");
			}
			startupLog.info("Tests run on an embedded PostgreSQL at port " + server.getPort());
			return new PostgresTestDatabase(server.getJdbcUrl("postgres", "enrollflow"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start an embedded PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on the embedded PostgreSQL", ex);
		}
	}

	private static void create(Statement statement, String name) throws SQLException {
		statement.execute("create database " + name + " template template0 encoding 'UTF8'");
	}

	private static void dropAbandonedDatabases(Statement statement, Log startupLog) throws SQLException {
		long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
		Map<String, Long> databases = new LinkedHashMap<>();
		try (var names = statement.executeQuery("select datname from pg_database where datname like '" + NAME_PREFIX + "%'")) {
			while (names.next()) {
				Matcher name = NAME.matcher(names.getString(1));
				if (name.matches()) {
					databases.put(name.group(), Long.parseLong(name.group(1)));
				}
			}
		}
		for (var database : databases.entrySet()) {
			if (database.getValue() < cutoff) {
				statement.execute("drop database if exists " + database.getKey() + " with (force)");
				startupLog.info("Dropped abandoned test database " + database.getKey());
			}
		}
	}

	private static void drop(String serverUrl, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop test database {}: {}", name, ex.getMessage());
		}
	}

	private static void stop(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL: {}", ex.getMessage());
		}
	}

	private static String parameter(String query, String name) {
		for (String pair : query.replaceFirst("^\\?", "").split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return "";
	}

}
