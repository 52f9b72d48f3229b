package org.redproperty.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A command's options, {@code --name value} or {@code --name=value}, and flags such as {@code --replace}. Spring's
 * own parser takes only the {@code =} form, and people type the other. Mistakes are {@link IllegalArgumentException}s
 * with a Chinese message, which the command line prints with the command's usage.
 */
public final class Options {

	private final Map<String, String> values;

	private Options(Map<String, String> values) {
		this.values = values;
	}

	public static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String[] arg = args.get(i).split("=", 2);
			if (flags.contains(arg[0]) && arg.length == 1) {
				values.put(arg[0], "true");
				continue;
			}
			if (!valued.contains(arg[0])) {
				throw new IllegalArgumentException("未知的选项「" + args.get(i) + "」");
			}
			if (arg.length == 1 && i + 1 >= args.size()) {
				throw new IllegalArgumentException("选项 " + arg[0] + " 缺少取值");
			}
			values.put(arg[0], (arg.length > 1) ? arg[1] : args.get(++i));
		}
		return new Options(values);
	}

	public boolean flag(String name) {
		return this.values.containsKey(name);
	}

	/** The value, or null when the option was not given. */
	public String get(String name) {
		return this.values.get(name);
	}

	public String required(String name) {
		String value = this.values.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("缺少选项 " + name);
		}
		return value;
	}

	/** The value read by {@code read} (e.g. {@code Integer::valueOf}); one that does not read names the option. */
	public <T> T as(String name, Function<String, T> read, T otherwise) {
		String value = get(name);
		if (value == null) {
			return otherwise;
		}
		try {
			return read.apply(value);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("选项 " + name + " 的取值「" + value + "」不对", ex);
		}
	}

}
