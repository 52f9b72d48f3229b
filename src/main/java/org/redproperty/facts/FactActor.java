package org.redproperty.facts;

import java.util.function.Supplier;

/**
 * Who records a revision: the one place an import asks for its actor (the signed-in account, see
 * {@link FactsConfiguration}).
 */
@FunctionalInterface
public interface FactActor extends Supplier<String> {

}
