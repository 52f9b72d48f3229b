package org.redproperty.evaluation;

import java.util.List;

/** One rule firing, in order, with the ids of the stored facts it matched. */
public record TraceEntry(int seq, String rule, String code, List<String> facts) {
}
