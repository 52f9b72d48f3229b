package org.redproperty.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 20 ms while a command-line job runs: the peak the benchmark reports. */
final class HeapSampler {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final AtomicLong peak = new AtomicLong();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "heap-sampler");
		thread.setDaemon(true);
		return thread;
	});

	private HeapSampler() {
	}

	static HeapSampler start() {
		HeapSampler sampler = new HeapSampler();
		sampler.timer.scheduleAtFixedRate(sampler::sample, 0, 20, TimeUnit.MILLISECONDS);
		return sampler;
	}

	void stop() {
		this.timer.shutdownNow();
		sample();
	}

	long peak() {
		return this.peak.get();
	}

	private void sample() {
		this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
	}

}
