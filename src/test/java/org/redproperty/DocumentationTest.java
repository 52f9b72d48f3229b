package org.redproperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.restdocs.AutoConfigureRestDocs;
import org.springframework.boot.test.autoconfigure.restdocs.RestDocsMockMvcConfigurationCustomizer;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.restdocs.operation.preprocess.Preprocessors.prettyPrint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The base of every {@code *Documentation} class: the whole application on an in-memory H2 database in MySQL mode,
 * filled at start-up with the demo dataset {@code fixtures/demo-zichuan.json} (through the service's own demo
 * import), the rulesets of {@code rules/}, MockMvc with Spring REST Docs, and pretty-printed requests and
 * responses. All subclasses share one application context, so the examples are real answers on the demo data.
 * Every request signs in with HTTP Basic as the test account of {@code application-test.properties} (every role)
 * unless the request sets its own credentials.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:documentation;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR",
		"app.demo.enabled=true", "app.demo.datasets=fixtures/demo-zichuan.json", "app.rules.dir=rules" })
@AutoConfigureMockMvc
@AutoConfigureRestDocs
@ActiveProfiles("test")
@Import(DocumentationTest.PrettyPrint.class)
public abstract class DocumentationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ObjectMapper objectMapper;

	/** Signs the request in as that account instead of the test account. */
	protected static RequestPostProcessor signedInAs(String username, String password) {
		RequestPostProcessor basic = httpBasic(username, password);
		return (request) -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			return basic.postProcessRequest(request);
		};
	}

	/** Sends the request without credentials. */
	protected static RequestPostProcessor withoutSignIn() {
		return (request) -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			return request;
		};
	}

	/** Every documented request and response body is pretty-printed. */
	@TestConfiguration(proxyBeanMethods = false)
	static class PrettyPrint {

		/** Signed in as the test account by default; a request's own {@code httpBasic(…)} or {@code anonymous()} wins. */
		@Bean
		MockMvcBuilderCustomizer signInAsTester() {
			return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
				.with(httpBasic(DatabaseTestSupport.TESTER, DatabaseTestSupport.TESTER_PASSWORD)));
		}

		@Bean
		RestDocsMockMvcConfigurationCustomizer prettyPrintBodies() {
			return (configurer) -> configurer.operationPreprocessors()
				.withRequestDefaults(prettyPrint())
				.withResponseDefaults(prettyPrint());
		}

	}

}
