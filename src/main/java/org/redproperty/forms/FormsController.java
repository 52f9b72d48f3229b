package org.redproperty.forms;

import java.io.IOException;
import java.io.InputStream;

import org.redproperty.facts.DatasetService.ImportSummary;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The Excel forms over HTTP: download a template, upload a filled one, export 附件1 of a district. */
@RestController
@RequestMapping("/api")
class FormsController {

	private final Forms forms;

	FormsController(Forms forms) {
		this.forms = forms;
	}

	@GetMapping("/imports/nominations.xlsx")
	ResponseEntity<byte[]> nominationsTemplate() {
		return download(this.forms.template(FormKind.NOMINATIONS));
	}

	@GetMapping("/imports/activities.xlsx")
	ResponseEntity<byte[]> activitiesTemplate() {
		return download(this.forms.template(FormKind.ACTIVITIES));
	}

	@PostMapping(path = "/imports/nominations.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportSummary importNominations(@RequestPart("file") MultipartFile file) throws IOException {
		return importFile(FormKind.NOMINATIONS, file);
	}

	@PostMapping(path = "/imports/activities.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportSummary importActivities(@RequestPart("file") MultipartFile file) throws IOException {
		return importFile(FormKind.ACTIVITIES, file);
	}

	@GetMapping("/districts/{id}/nominations.xlsx")
	ResponseEntity<byte[]> nominations(@PathVariable String id, @RequestParam String scheme, @RequestParam int year) {
		return download(this.forms.nominations(id, scheme, year));
	}

	private ImportSummary importFile(FormKind kind, MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.forms.importFile(kind, in);
		}
	}

	private static ResponseEntity<byte[]> download(FormFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FormFile.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
			.body(file.content());
	}

}
