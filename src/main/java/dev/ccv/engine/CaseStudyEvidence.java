package dev.ccv.engine;

import dev.ccv.model.CaseStudy;
import dev.ccv.model.Evidence;
import dev.ccv.model.result.CaseStudyStatus;
import dev.ccv.model.result.ItemResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A case study's own evidence file that does not exist is reported at its line in every run: by
 * the item that checks case-study evidence when there is one, else as a note, so that a missing
 * file is never sealed and passed over in silence.
 */
public final class CaseStudyEvidence {

    private CaseStudyEvidence() {
    }

    /** The message for a case study's evidence file that is not there, the same wherever it is reported. */
    public static String evidenceNotFound(String caseStudyId, String reference) {
        return "case study " + caseStudyId + ": evidence not found: " + reference;
    }

    /** Adds a note for each missing file of a case study under consideration that no result reports. */
    static void addNotes(List<CaseStudy> caseStudies, List<CaseStudyStatus> statuses, List<ItemResult> results,
                         List<String> notes) {
        Set<String> reported = new HashSet<>();
        for (ItemResult result : results) {
            reported.addAll(result.messages());
        }
        for (int i = 0; i < caseStudies.size(); i++) {
            CaseStudy caseStudy = caseStudies.get(i);
            if (!statuses.get(i).considered()) {
                continue;
            }
            for (Evidence evidence : caseStudy.evidence()) {
                if (evidence instanceof Evidence.Local local && !local.exists()) {
                    String message = evidenceNotFound(caseStudy.id(), local.reference());
                    if (!reported.contains(message)) {
                        notes.add(local.position() + ": " + message);
                    }
                }
            }
        }
    }
}
