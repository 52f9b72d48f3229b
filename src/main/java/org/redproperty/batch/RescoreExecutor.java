package org.redproperty.batch;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/** The threads jobs run on, apart from the web server's; a stop leaves running jobs to be resumed at the next start. */
@Component
class RescoreExecutor implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	RescoreExecutor(RescoreProperties properties) {
		this.executor.setCorePoolSize(properties.concurrentJobs());
		this.executor.setThreadNamePrefix("rescore-");
		this.executor.setWaitForTasksToCompleteOnShutdown(false);
		this.executor.initialize();
	}

	TaskExecutor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
