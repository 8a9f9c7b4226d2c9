package dev.ccv.report.html;

import dev.ccv.model.result.Finding;
import dev.ccv.model.result.FindingSeverity;
import dev.ccv.model.result.FindingState;
import dev.ccv.model.result.ResultStatus;
import dev.ccv.report.xml.MarkupWriter;
import java.io.IOException;

/**
 * A coloured badge that always says its meaning in words as well, so the page reads the same in
 * black and white and to a screen reader.
 */
record Label(String cssClass, String text) {

    static final Label REMOVED = new Label("removed", "removed");
    static final Label NOT_EVALUATED = new Label("none", "not evaluated");

    static Label of(ResultStatus status) {
        return switch (status) {
            case MET -> new Label("met", "met");
            case UNMET -> new Label("unmet", "unmet");
            case NOT_APPLICABLE -> new Label("na", "n/a");
        };
    }

    /** An open observation never blocks, so it is not shown in the colour of failure. */
    static Label stateOf(Finding finding) {
        if (finding.state() == FindingState.OPEN && finding.severity() == FindingSeverity.OBSERVATION) {
            return new Label("observation", "open");
        }
        return of(finding.state());
    }

    static Label of(FindingState state) {
        return switch (state) {
            case OPEN -> new Label("unmet", "open");
            case REMEDIATED -> new Label("remediated", "remediated");
            case UNREMEDIABLE -> new Label("unremediable", "unremediable");
        };
    }

    void write(MarkupWriter html) throws IOException {
        html.inline("span").attr("class", "badge " + cssClass).text(text).close();
    }
}
