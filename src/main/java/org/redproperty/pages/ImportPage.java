package org.redproperty.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.Project;
import org.redproperty.facts.RevisionService;
import org.redproperty.forms.FormFile;
import org.redproperty.forms.FormKind;
import org.redproperty.forms.Forms;
import org.redproperty.forms.FormsException;
import org.redproperty.forms.InvalidFormException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The data-entry page: the templates of 附件1 and 附件2 to download, and the upload of a filled one through the
 * Excel forms service (the service the API's upload calls). A file with bad rows is shown with each row's number,
 * column and Chinese message, and nothing is written; a good one shows its revision and the projects it touched.
 */
@Controller
class ImportPage {

	private final Forms forms;

	private final RevisionService revisions;

	private final FactStore facts;

	ImportPage(Forms forms, RevisionService revisions, FactStore facts) {
		this.forms = forms;
		this.revisions = revisions;
		this.facts = facts;
	}

	@GetMapping("/imports")
	String page(Model model) {
		model.addAttribute("kinds", FormKind.values());
		return "imports";
	}

	@GetMapping("/imports/{form}.xlsx")
	ResponseEntity<byte[]> template(@PathVariable String form) {
		Optional<FormKind> kind = kind(form);
		if (kind.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		FormFile file = this.forms.template(kind.get());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(FormFile.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	@PostMapping("/imports/{form}.xlsx")
	String upload(@PathVariable String form, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		Optional<FormKind> kind = kind(form);
		if (kind.isEmpty()) {
			return PageErrors.page(response, model, HttpStatus.NOT_FOUND, "NOT_FOUND", "没有「" + form + "」这种表格。");
		}
		model.addAttribute("kinds", FormKind.values());
		model.addAttribute("uploaded", kind.get());
		model.addAttribute("fileName", (file != null) ? file.getOriginalFilename() : null);
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			DatasetService.ImportSummary summary = this.forms.importFile(kind.get(), in);
			List<Project> projects = this.facts.where(Project.class, "id", this.revisions.projectsOf(summary.revision()));
			model.addAttribute("summary", summary);
			model.addAttribute("added", sum(summary.created()));
			model.addAttribute("changed", sum(summary.updated()));
			model.addAttribute("projects", projects);
		}
		catch (InvalidFormException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.getMessage());
			model.addAttribute("problems", ex.problems());
		}
		catch (FormsException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.getMessage());
			model.addAttribute("code", ex.code());
		}
		return "imports";
	}

	private static int sum(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static Optional<FormKind> kind(String form) {
		return Arrays.stream(FormKind.values()).filter((kind) -> kind.path().equals(form)).findFirst();
	}

}
