package org.redproperty.batch;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, resumes the jobs a stop cut off, and from then on, every third of {@code app.rescore.lease}, joins
 * the jobs of other instances on the database that have a district to claim: one queued there, or one whose
 * instance died and left its districts behind ({@code app.rescore.resume-on-start}, off on the command line).
 */
@Component
class ResumeAtStart implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ResumeAtStart.class);

	private final RescoreService service;

	private final RescoreUnits units;

	private final RescoreProperties properties;

	private final String instance;

	private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "rescore-watch");
		thread.setDaemon(true);
		return thread;
	});

	ResumeAtStart(RescoreService service, RescoreUnits units, RescoreRunner runner, RescoreProperties properties) {
		this.service = service;
		this.units = units;
		this.properties = properties;
		this.instance = runner.instance();
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (!this.properties.resumeOnStart()) {
			return;
		}
		int released = this.units.releaseAll(this.instance);
		if (released > 0) {
			logger.info("实例 {} 上次运行时领取、未写完的 {} 个区已放回", this.instance, released);
		}
		this.service.resumeUnfinished();
		long every = this.properties.heartbeat().toMillis();
		this.watch.scheduleWithFixedDelay(this::join, every, every, TimeUnit.MILLISECONDS);
	}

	private void join() {
		try {
			this.service.joinShared();
		}
		catch (RuntimeException ex) {
			logger.warn("查找其他实例可接手的重新评价任务失败，稍后再试", ex);
		}
	}

	@Override
	public void destroy() {
		this.watch.shutdownNow();
	}

}
