package dev.ccv.authoring.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.ResponseStatus;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How cell texts are read: Met? values, evidence named in a response, header names, case-study ids. */
class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Yes|MET", " yes |MET", "Y|MET", "NO|NOT_MET", "n|NOT_MET",
            "N/A|NOT_APPLICABLE", "n / a|NOT_APPLICABLE", "NA|NOT_APPLICABLE", "Not applicable|NOT_APPLICABLE"})
    void metValuesInAnyCaseAndSpacing(String cell, ResponseStatus status) {
        assertThat(MetValue.parse(cell)).contains(status);
        assertThat(MetValue.parse(MetValue.of(status))).contains(status);
    }

    @Test
    void unreadableMetValues() {
        assertThat(MetValue.parse("Maybe")).isEmpty();
        assertThat(MetValue.parse("")).isEmpty();
        assertThat(MetValue.parse("Yes, mostly")).isEmpty();
    }

    @Test
    void evidenceIsTheUrlsAndBundlePathsAResponseNames() {
        assertThat(ResponseText.evidence("See evidence/globex/architecture.pdf and https://acme.example/post?id=3."
                + " Also runbook.md; not e.g. Node.js 2.0, not /etc/passwd, not ../secret.md, not http://plain.example"))
                .containsExactly("evidence/globex/architecture.pdf", "https://acme.example/post?id=3", "runbook.md");
        assertThat(ResponseText.evidence("(https://a.example/x), https://a.example/x")).containsExactly(
                "https://a.example/x");
        assertThat(ResponseText.evidence("No evidence yet.")).isEmpty();
    }

    @Test
    void headersAreFoundByTheirTextWhateverTheirSpelling() {
        assertThat(HeaderText.role("Met? (Yes/No)")).isEqualTo(HeaderText.Role.MET);
        assertThat(HeaderText.role("MET Y/N")).isEqualTo(HeaderText.Role.MET);
        assertThat(HeaderText.role(" Partner  Response ")).isEqualTo(HeaderText.Role.RESPONSE);
        assertThat(HeaderText.role("Partner Answer (Yes/No/N/A)")).isEqualTo(HeaderText.Role.ANSWER);
        assertThat(HeaderText.role("Requirement ID")).isEqualTo(HeaderText.Role.ID);
        assertThat(HeaderText.role("Example Response")).isEqualTo(HeaderText.Role.OTHER);
        assertThat(HeaderText.reference("Customer Reference #3 Partner Response")).isEqualTo(3);
        assertThat(HeaderText.referenceRole("customer reference # 3 partner response"))
                .isEqualTo(HeaderText.Role.RESPONSE);
        assertThat(HeaderText.referenceRole("Customer Reference #2")).isEqualTo(HeaderText.Role.MET);
        assertThat(HeaderText.reference("Customer satisfaction")).isZero();
    }

    @Test
    void caseStudyIdsComeFromTheCustomerAndStayDistinct() {
        Set<String> taken = new HashSet<>();
        assertThat(CaseStudyNames.id("Globex Corporation", 1, taken)).isEqualTo("cs-globex-corporation");
        assertThat(CaseStudyNames.id("Café Müller & Söhne GmbH", 2, taken)).isEqualTo("cs-cafe-muller-sohne-gmbh");
        assertThat(CaseStudyNames.id("株式会社", 3, taken)).isEqualTo("cs-reference-3");
        taken.add("cs-acme-inc");
        assertThat(CaseStudyNames.id("ACME, Inc.", 4, taken)).isEqualTo("cs-acme-inc-2");
        assertThat(CaseStudyNames.key("  Globex   CORPORATION ")).isEqualTo(CaseStudyNames.key("globex corporation"));
    }
}
