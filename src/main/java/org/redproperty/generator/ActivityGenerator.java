package org.redproperty.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.redproperty.facts.Activity;
import org.redproperty.facts.ActivityKind;
import org.redproperty.facts.Heart;
import org.redproperty.facts.Project;

/**
 * A project's 活动记录表: valid records on distinct days of the year up to the cut-off, then a few that do not count
 * (too few photos, no signatures, blank title or organizer, a duplicate, dated outside the year).
 */
final class ActivityGenerator {

	private static final Heart[] HEARTS = Heart.values();

	/** The zone of the dates records carry. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final GeneratorSettings settings;

	private final Draw draw;

	private final Facts facts;

	ActivityGenerator(GeneratorSettings settings, Draw draw, Facts facts) {
		this.settings = settings;
		this.draw = draw;
		this.facts = facts;
	}

	void records(Project project, String organizer) {
		GeneratorSettings s = this.settings;
		int valid = s.minValidActivities() + this.draw.random().nextInt(s.validActivitySpread());
		int offset = this.draw.between(0, 3);
		int span = s.activityDays() - 1 - offset - this.draw.between(0, 4);
		int shift = this.draw.random().nextInt(40);
		Activity first = null;
		for (int i = 0; i < valid; i++) {
			LocalDate day = s.yearStart().plusDays(offset + (long) i * span / (valid - 1));
			Heart heart = HEARTS[(i + shift) % HEARTS.length];
			boolean scene = (i + shift) % 6 == 0;
			String title = scene ? Names.scene(heart) : Names.activity(heart, i / HEARTS.length + shift);
			Activity activity = record(project, i + 1, day, organizer, heart, scene, title, 2 + this.draw.between(0, 1),
					this.draw.between(3, 15));
			this.facts.activities.add(activity);
			first = (first == null) ? activity : first;
		}
		int invalid = this.draw.between(0, s.maxInvalidActivities());
		for (int i = 0; i < invalid; i++) {
			this.facts.activities.add(invalid(project, valid + i + 1, organizer, first));
		}
	}

	private Activity invalid(Project project, int number, String organizer, Activity original) {
		GeneratorSettings s = this.settings;
		LocalDate day = this.draw.day(s.yearStart(), s.cutOff());
		Heart heart = HEARTS[this.draw.random().nextInt(HEARTS.length)];
		return switch (this.draw.random().nextInt(6)) {
			case 0 -> record(project, number, day, organizer, heart, false, "垃圾分类宣传进楼道", 1, 5);
			case 1 -> record(project, number, day, organizer, heart, false, "物业服务开放日", 3, 0);
			case 2 -> record(project, number, day, organizer, heart, false, "   ", 2, 6);
			case 3 -> record(project, number, day, "", heart, false, "小区环境卫生大扫除", 2, 6);
			case 4 -> record(project, number, original.date(), original.organizer(), original.heart(),
					original.kind() == ActivityKind.SCENE, original.title(), 3, original.residentSignatures() + 2);
			default -> record(project, number,
					this.draw.chance(0.5) ? s.yearStart().minusDays(this.draw.between(1, 20))
							: s.cutOff().plusDays(this.draw.between(1, 25)),
					organizer, heart, false, "冬季供暖设施检修", 2, 4);
		};
	}

	private Activity record(Project project, int number, LocalDate day, String organizer, Heart heart, boolean scene,
			String title, int photos, int signatures) {
		String description = scene ? "在" + project.name() + "建成" + title + "，已投入使用。"
				: project.name() + "开展" + title + "，" + (12 + number % 60) + "名居民参与。";
		String id = "%s-A%03d".formatted(project.id(), number);
		return new Activity(id, project.id(), day, organizer, heart, scene ? ActivityKind.SCENE : ActivityKind.ACTIVITY,
				title, description, photos, signatures, null, entered(id, day));
	}

	/**
	 * When the record was entered, as an office enters them through the year: within a few days of the activity,
	 * some a month or two later (补录), never after now. Drawn from the record's id, not from the province's random
	 * sequence, so that the records themselves do not change with it.
	 */
	private Instant entered(String id, LocalDate day) {
		SplittableRandom random = new SplittableRandom(id.hashCode());
		long days = (random.nextDouble() < this.settings.enteredLate()) ? random.nextInt(31, 61)
				: random.nextInt(0, this.settings.enteredWithinDays() + 1);
		Instant entered = day.plusDays(days).atTime(18, 0).atZone(CHINA).toInstant();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return entered.isAfter(now) ? now : entered;
	}

}
