package org.redproperty.cli;

import java.util.List;

/**
 * A command run from the command line instead of the web server: {@code java -jar app.jar <name> [options]}. Each
 * command is a bean; the application starts without a web server, runs the command after start-up (so the demo
 * import has happened) and exits with the code the command returns.
 */
public interface CliCommand {

	/** The first argument that selects this command, e.g. {@code rescore}. */
	String name();

	/** One line in Chinese on what the command does and its options, printed by {@code help}. */
	String usage();

	/** Runs the command with the arguments after its name; the return value is the process exit code. */
	int run(List<String> args) throws Exception;

}
