package org.redproperty.proposals;

import java.util.List;

/** One page of proposals, newest first, with the paging of every other list. */
public record ProposalPage(List<DeductionProposal> content, int page, int size, long totalElements, int totalPages) {

}
