package org.redproperty.batch;

import java.util.concurrent.atomic.LongAdder;

/** Where a job's time goes, summed over its threads: reading facts, evaluating rules, writing results. */
final class PhaseTimes {

	private final LongAdder read = new LongAdder();

	private final LongAdder evaluate = new LongAdder();

	private final LongAdder write = new LongAdder();

	void read(long since) {
		this.read.add(System.nanoTime() - since);
	}

	void evaluate(long since) {
		this.evaluate.add(System.nanoTime() - since);
	}

	void write(long since) {
		this.write.add(System.nanoTime() - since);
	}

	@Override
	public String toString() {
		return String.format("读取事实 %.1f 秒，规则评价 %.1f 秒，整理与写入 %.1f 秒", seconds(this.read),
				seconds(this.evaluate), seconds(this.write));
	}

	private static double seconds(LongAdder nanos) {
		return nanos.sum() / 1e9;
	}

}
