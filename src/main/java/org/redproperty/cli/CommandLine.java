package org.redproperty.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for one command line command and exits with its code. */
public final class CommandLine {

	private CommandLine() {
	}

	/** Whether the arguments name a command rather than only Spring options ({@code --x=y}). */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static void run(Class<?> application, String[] args) {
		SpringApplication app = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("app.rescore.resume-on-start=false", "spring.main.banner-mode=off")
			.build();
		ConfigurableApplicationContext context = app.run(springOptions(args));
		int code = execute(context, args);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private static int execute(ConfigurableApplicationContext context, String[] args) {
		Map<String, CliCommand> commands = context.getBeansOfType(CliCommand.class);
		Optional<CliCommand> command = commands.values().stream().filter((c) -> c.name().equals(args[0])).findFirst();
		if (command.isEmpty()) {
			System.err.println("未知命令「" + args[0] + "」。可用的命令：");
			commands.values()
				.stream()
				.sorted(Comparator.comparing(CliCommand::name))
				.forEach((c) -> System.err.println("  " + c.name() + "  " + c.usage()));
			return 2;
		}
		try {
			return command.get().run(commandOptions(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("用法：" + command.get().name() + " " + command.get().usage());
			return 2;
		}
		catch (Exception ex) {
			System.err.println("命令失败：" + ex.getMessage());
			ex.printStackTrace();
			return 1;
		}
	}

	/** Spring's own options ({@code --spring.…}, {@code --app.…}, {@code --server.…}) go to the application. */
	private static String[] springOptions(String[] args) {
		return Arrays.stream(args).filter(CommandLine::isSpringOption).toArray(String[]::new);
	}

	private static List<String> commandOptions(String[] args) {
		return Arrays.stream(args).skip(1).filter((arg) -> !isSpringOption(arg)).toList();
	}

	private static boolean isSpringOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--app.") || arg.startsWith("--server.")
				|| arg.startsWith("--logging.");
	}

}
