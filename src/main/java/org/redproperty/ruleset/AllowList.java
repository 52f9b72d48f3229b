package org.redproperty.ruleset;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.kie.api.runtime.rule.AccumulateFunction;
import org.redproperty.facts.Dataset;

/**
 * What a rule may name and call, computed once from the classes themselves: the types it may import, the
 * accumulate functions it may import, and the names of the public methods of those types.
 */
final class AllowList {

	/**
	 * The java.lang types a rule may name without importing. String, Integer, Long and Boolean are the values of
	 * fact fields and of reason texts, and {@code Boolean.TRUE.equals(x)} is how a rule reads a nullable flag.
	 * Math is left out on purpose: it computes with double, and arithmetic of policy (points, rates, means) belongs
	 * in BigDecimal in the vocabulary, tested once; nor Object, StringBuilder, Double or anything else.
	 */
	static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Boolean");

	private static final List<Class<?>> JDK = List.of(LocalDate.class, Period.class, Year.class, YearMonth.class,
			Month.class, ChronoUnit.class, BigDecimal.class, RoundingMode.class);

	/** Methods no rule calls whatever their class: reflection and monitors of Object. */
	private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll");

	/** Types that lead out of a pure rule when a method returns or takes them. */
	private static final Set<String> ESCAPES = Set.of("java.lang.Class", "java.lang.ClassLoader", "java.lang.Thread",
			"java.lang.Module", "java.lang.ModuleLayer");

	/** Importable types by qualified name (nested types with a dot, as DRL writes them). */
	private final Map<String, Class<?>> importable = new LinkedHashMap<>();

	/** The vocabulary's accumulate functions by qualified name. */
	private final Set<String> accumulateFunctions = new TreeSet<>();

	private final Set<String> methods = new TreeSet<>();

	/** @param api the evaluator's types rules may use besides the facts (results, context, vocabulary) */
	AllowList(RuleApi api) {
		factTypes().forEach(this::allow);
		api.types().forEach(this::allow);
		allow(Parameters.class);
		JDK.forEach(this::allow);
		Stream.of(String.class, Integer.class, Long.class, Boolean.class).forEach(this::collectMethods);
		for (Class<?> word : api.types()) {
			Arrays.stream(word.getClasses())
				.filter(AccumulateFunction.class::isAssignableFrom)
				.forEach((function) -> this.accumulateFunctions.add(function.getCanonicalName()));
		}
	}

	/**
	 * The fact types: the records a {@link Dataset} holds, and the records and enums they are made of, found by
	 * following their components within {@code org.redproperty.facts}.
	 */
	private static Set<Class<?>> factTypes() {
		Set<Class<?>> found = new java.util.LinkedHashSet<>();
		Deque<Class<?>> todo = new ArrayDeque<>(List.of(Dataset.class));
		while (!todo.isEmpty()) {
			Class<?> type = todo.pop();
			if (!type.isRecord()) {
				continue;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				for (Class<?> used : types(component.getGenericType())) {
					if (used.getPackage() == Dataset.class.getPackage() && (used.isRecord() || used.isEnum())
							&& found.add(used)) {
						todo.push(used);
					}
				}
			}
		}
		return found;
	}

	private static List<Class<?>> types(Type type) {
		if (type instanceof Class<?> plain) {
			return List.of(plain);
		}
		if (type instanceof ParameterizedType generic) {
			return Arrays.stream(generic.getActualTypeArguments()).flatMap((argument) -> types(argument).stream()).toList();
		}
		return List.of();
	}

	private void allow(Class<?> type) {
		this.importable.put(type.getCanonicalName(), type);
		collectMethods(type);
	}

	private void collectMethods(Class<?> type) {
		for (Method method : type.getMethods()) {
			if (!NEVER.contains(method.getName()) && !escapes(method.getReturnType())
					&& Arrays.stream(method.getParameterTypes()).noneMatch(AllowList::escapes)) {
				this.methods.add(method.getName());
			}
		}
	}

	private static boolean escapes(Class<?> type) {
		Class<?> element = type.isArray() ? type.getComponentType() : type;
		String name = element.getName();
		return ESCAPES.contains(name) || name.startsWith("java.lang.reflect.") || name.startsWith("java.lang.invoke.");
	}

	boolean importable(String qualifiedName) {
		return this.importable.containsKey(qualifiedName);
	}

	boolean accumulateFunction(String qualifiedName) {
		return this.accumulateFunctions.contains(qualifiedName);
	}

	Set<String> accumulateFunctions() {
		return this.accumulateFunctions;
	}

	/** Whether some allowed type has a public method of this name. */
	boolean method(String name) {
		return this.methods.contains(name);
	}

	/** The simple name under which an importable type is used in code. */
	static String simpleName(String qualifiedName) {
		return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
	}

}
