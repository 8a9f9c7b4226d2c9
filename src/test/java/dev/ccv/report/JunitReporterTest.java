package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ccv.GoldenFiles;
import dev.ccv.model.result.Report;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReporterTest {

    private final JunitReporter reporter = new JunitReporter();

    @Test
    void isRegisteredUnderItsFormatName() {
        assertThat(reporter.format()).isEqualTo("junit");
        assertThat(ReportFormats.create("junit", RenderOptions.PLAIN)).get().isInstanceOf(JunitReporter.class);
    }

    @Test
    void passingPreCheckMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/passing.xml", ReportText.render(reporter, SampleReports.passing()));
    }

    @Test
    void failingAuditMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches("report/failing.xml", ReportText.render(reporter, SampleReports.failing()));
    }

    @Test
    void everySampleIsValidAgainstTheJenkinsJunitSchema() throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/report/junit.xsd"));
        for (Report report : List.of(SampleReports.passing(), SampleReports.failing(), SampleReports.hostile())) {
            String xml = ReportText.render(reporter, report);
            assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void suitesArePerSectionWithCountsAndTotals() throws Exception {
        Document doc = parse(ReportText.render(reporter, SampleReports.failing()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        List<Element> suites = elements(doc, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("business", "architecture-baseline");
        assertThat(suites).extracting(s -> s.getAttribute("tests")).containsExactly("3", "3");
        assertThat(suites).extracting(s -> s.getAttribute("failures")).containsExactly("1", "2");
        assertThat(suites).extracting(s -> s.getAttribute("skipped")).containsExactly("0", "0");
        assertThat(root.getAttribute("skipped")).isEqualTo("0");
    }

    @Test
    void testCasesNameTheItemItsCaseStudyAndItsTitle() throws Exception {
        List<Element> cases = elements(parse(ReportText.render(reporter, SampleReports.failing())), "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "BR-001: Partner is at the Advanced tier or higher",
                "BR-002: At least 2 case studies, 1 of them public",
                "BR-003: Thought leadership in the last 12 months",
                "ARC-001 [cs-globex]: Root user has MFA",
                "ARC-001 [cs-initech]: Root user has MFA",
                "ARC-002 [cs-globex]: No root access keys");
        assertThat(cases.get(3).getAttribute("classname")).isEqualTo("sample-competency.architecture-baseline");
    }

    @Test
    void unmetResultsFailWithSeverityMessageLocationAndFindingState() throws Exception {
        Document doc = parse(ReportText.render(reporter, SampleReports.failing()));
        List<Element> failures = elements(doc, "failure");
        assertThat(failures).extracting(f -> f.getAttribute("type"))
                .containsExactly("critical", "critical", "critical");
        Element remediated = failures.get(1);
        assertThat(remediated.getAttribute("message")).isEqualTo("auditor: unmet");
        assertThat(remediated.getTextContent()).isEqualTo("""
                self-assessment.yaml:40:3: auditor: unmet
                finding: critical, remediated, not blocking
                auditor: Root MFA was missing; enabled on 2025-06-03
                remediated on 2025-06-03
                remediation evidence: evidence/remediation/globex-root-mfa.png (SHA-256 %s)
                remediation evidence: https://acme.example/mfa-change (external, not verified)
                remediation evidence: evidence/remediation/missing.png (not found)
                """.formatted("c3".repeat(32)));
    }

    @Test
    void observationsFailAsObservationsAndNotApplicableResultsAreSkipped() throws Exception {
        Document doc = parse(ReportText.render(reporter, SampleReports.passing()));
        List<Element> failures = elements(doc, "failure");
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.getAttribute("type")).isEqualTo("observation");
            assertThat(((Element) f.getParentNode()).getAttribute("name"))
                    .isEqualTo("BR-003: Thought leadership in the last 12 months");
        });
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        List<Element> skipped = elements(doc, "skipped");
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.getAttribute("message")).isEqualTo("does not apply: case study is not public");
            assertThat(((Element) s.getParentNode()).getAttribute("name"))
                    .isEqualTo("ARC-002 [cs-initech]: No root access keys");
        });
    }

    @Test
    void hostileTextComesOutAsInertText() throws Exception {
        String xml = ReportText.render(reporter, SampleReports.hostile());
        Document doc = parse(xml);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        Element partner = elements(doc, "property").stream()
                .filter(p -> p.getAttribute("name").equals("partner")).findFirst().orElseThrow();
        assertThat(partner.getAttribute("value")).isEqualTo(SampleReports.HOSTILE_CUSTOMER);
        assertThat(elements(doc, "failure").get(0).getAttribute("message"))
                .isEqualTo("1 case study counts, 2 needed " + SampleReports.HOSTILE_CUSTOMER);
        assertThat(xml).doesNotContain("<script>").doesNotContain("]]>");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(ReportText.render(reporter, SampleReports.failing())).isEqualTo(ReportText.render(reporter, SampleReports.failing()));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
