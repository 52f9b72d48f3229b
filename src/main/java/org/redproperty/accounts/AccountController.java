package org.redproperty.accounts;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: create one, list them, change roles, scope, password or whether it may sign in. */
@RestController
@RequestMapping("/api/users")
class AccountController {

	private final AccountService service;

	AccountController(AccountService service) {
		this.service = service;
	}

	@PostMapping
	ResponseEntity<AccountView> create(@Valid @RequestBody AccountRequest request) {
		AccountView account = this.service.create(request);
		return ResponseEntity.created(URI.create("/api/users/" + account.username())).body(account);
	}

	@GetMapping
	List<AccountView> list() {
		return this.service.list();
	}

	@PatchMapping("/{username}")
	AccountView change(@PathVariable String username, @Valid @RequestBody AccountChange change) {
		return this.service.change(username, change);
	}

}
