package org.redproperty.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.redproperty.accounts.Role;

/**
 * How the pages write dates, times, numbers and roles for people: {@code 2023年11月30日}, {@code 2023年11月30日
 * 14:05}, a ratio as a percentage. Templates reach it as {@code zh}: {@code ${zh.day(evaluation.asOf)}}.
 */
public final class Chinese {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

	private static final ZoneId ZONE = ZoneId.systemDefault();

	/** A date as people read it; an {@link Instant} is taken in the service's zone. Null gives an empty text. */
	public String day(Object date) {
		TemporalAccessor value = (date instanceof Instant instant) ? instant.atZone(ZONE) : (TemporalAccessor) date;
		return (value != null) ? DAY.format(value) : "";
	}

	/** A moment as people read it, to the minute, in the service's zone. */
	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(ZONE)) : "";
	}

	/** A ratio 0..1 as a percentage with at most two decimals: {@code 0.78} gives {@code 78%}. */
	public String percent(BigDecimal ratio) {
		if (ratio == null) {
			return "";
		}
		return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}

	/** A number without trailing zeros or exponent: {@code 12.50} gives {@code 12.5}. */
	public String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/** A period code as people read it: {@code Q1} gives 第一季度; null (a scheme without periods) gives 不分期间. */
	public String period(String code) {
		if (code == null) {
			return "不分期间";
		}
		return java.util.Arrays.stream(org.redproperty.ruleset.PeriodCode.values())
			.filter((period) -> period.name().equals(code))
			.map(org.redproperty.ruleset.PeriodCode::label)
			.findFirst()
			.orElse(code);
	}

	/** A list of period codes as people read them, joined by 、. */
	public String periods(java.util.List<String> codes) {
		return codes.isEmpty() ? period(null) : String.join("、", codes.stream().map(this::period).toList());
	}

	/** A role in Chinese, the part of its description before the colon: 政策工作人员. */
	public String role(Role role) {
		String description = role.description();
		int colon = description.indexOf('：');
		return (colon > 0) ? description.substring(0, colon) : description;
	}

	/** Today, as the pages offer it as the default evaluation date. */
	public LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
