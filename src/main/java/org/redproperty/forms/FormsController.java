package org.redproperty.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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
import org.springframework.web.util.UriUtils;

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

	/**
	 * The file with its Chinese name as RFC 6266 and RFC 5987 say ({@code filename*=UTF-8''…}), after a plain
	 * {@code filename} for clients that read only that one (Spring's {@code ContentDisposition} offers one or the
	 * other, and for a Chinese name an RFC 2047 word that such clients would keep as it is).
	 */
	private static ResponseEntity<byte[]> download(FormFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FormFile.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.asciiName() + "\"; filename*=UTF-8''"
					+ UriUtils.encode(file.fileName(), StandardCharsets.UTF_8))
			.body(file.content());
	}

}
