package org.redproperty.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The stored accounts. New accounts are inserted through the aggregate template: their id is their name. */
interface Accounts extends ListCrudRepository<Account, String> {

	List<Account> findAllByOrderByUsername();

	/**
	 * Counts a failed sign-in and locks the account until {@code until} when it reached {@code limit}. MySQL assigns
	 * left to right, each assignment seeing the ones before it, so the lock is set before the count changes.
	 */
	@Modifying
	@Query("""
			UPDATE accounts
			SET locked_until = CASE WHEN failed_sign_ins + 1 >= :limit THEN :until ELSE locked_until END,
			    failed_sign_ins = failed_sign_ins + 1
			WHERE username = :username
			""")
	int countFailure(String username, int limit, Instant until);

	/** After a good sign-in the count starts again; written only when there is something to reset. */
	@Modifying
	@Query("UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE username = :username AND failed_sign_ins > 0")
	int resetFailures(String username);

}
