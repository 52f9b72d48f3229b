package org.redproperty.batch;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up, resumes the jobs a stop cut off ({@code app.rescore.resume-on-start}, off on the command line). */
@Component
class ResumeAtStart {

	private final RescoreService service;

	private final RescoreProperties properties;

	ResumeAtStart(RescoreService service, RescoreProperties properties) {
		this.service = service;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (this.properties.resumeOnStart()) {
			this.service.resumeUnfinished();
		}
	}

}
