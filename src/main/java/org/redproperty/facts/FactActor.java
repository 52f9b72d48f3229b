package org.redproperty.facts;

import java.util.function.Supplier;

/**
 * Who records a revision: the one place an import asks for its actor. Until sign-in exists the default bean
 * ({@link FactsConfiguration}) answers a fixed name; a security configuration replaces it with one that answers
 * the signed-in account.
 */
@FunctionalInterface
public interface FactActor extends Supplier<String> {

}
