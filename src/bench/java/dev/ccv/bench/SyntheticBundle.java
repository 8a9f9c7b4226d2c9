package dev.ccv.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a synthetic bundle for benchmarks: a checklist of {@code partnerItems} partner attestation
 * items, {@code caseStudyItems} case-study attestation items and one case-study-count item, and a
 * self-assessment with {@code caseStudies} case studies, each answering every case-study item.
 * Evidence paths repeat a handful of small files, so the bundle stays small on disk.
 *
 * <p>Runs as a single-file program ({@code java SyntheticBundle.java DIR CASE_STUDIES}) or from the
 * JMH benchmarks. The bundle passes: every answer is met with evidence that exists.
 */
public final class SyntheticBundle {

    public static final String CHECKLIST_FILE = "synthetic-checklist.yaml";
    public static final String CHECKLIST_ID = "synthetic-bench";
    public static final int PARTNER_ITEMS = 200;
    public static final int CASE_STUDY_ITEMS = 100;
    private static final int EVIDENCE_FILES = 8;
    private static final LocalDate FIRST_DELIVERY = LocalDate.of(2024, 1, 1);

    private final int caseStudies;
    private final int partnerItems;
    private final int caseStudyItems;

    public SyntheticBundle(int caseStudies, int partnerItems, int caseStudyItems) {
        this.caseStudies = caseStudies;
        this.partnerItems = partnerItems;
        this.caseStudyItems = caseStudyItems;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java SyntheticBundle.java DIR CASE_STUDIES [PARTNER_ITEMS CASE_STUDY_ITEMS]");
            System.exit(2);
        }
        int partner = args.length > 2 ? Integer.parseInt(args[2]) : PARTNER_ITEMS;
        int perCaseStudy = args.length > 3 ? Integer.parseInt(args[3]) : CASE_STUDY_ITEMS;
        Path dir = Path.of(args[0]);
        new SyntheticBundle(Integer.parseInt(args[1]), partner, perCaseStudy).write(dir);
        System.out.println(dir.resolve("self-assessment.yaml") + " (" + Integer.parseInt(args[1])
                + " case studies) and " + dir.resolve(CHECKLIST_FILE));
    }

    /** Writes the checklist, the self-assessment and the evidence files into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("evidence"));
        for (int i = 1; i <= EVIDENCE_FILES; i++) {
            Files.writeString(dir.resolve(evidenceFile(i)), "Synthetic evidence " + i + "\n");
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(CHECKLIST_FILE), StandardCharsets.UTF_8)) {
            writeChecklist(out);
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("self-assessment.yaml"), StandardCharsets.UTF_8)) {
            writeSelfAssessment(out);
        }
    }

    private void writeChecklist(BufferedWriter out) throws IOException {
        out.write("kind: checklist\nid: " + CHECKLIST_ID + "\ntitle: Synthetic benchmark checklist\n"
                + "version: \"1.0\"\nsections:\n");
        out.write("  - id: business\n    title: Partner requirements\n    items:\n");
        out.write("      - id: CNT-001\n        title: Enough case studies\n"
                + "        check: { type: case-study-count, minimum: " + Math.min(4, caseStudies)
                + ", minimumPublic: " + Math.min(2, (caseStudies + 1) / 2) + " }\n");
        for (int i = 1; i <= partnerItems; i++) {
            out.write("      - id: " + partnerItem(i) + "\n        title: Partner requirement " + i
                    + "\n        description: The partner attests requirement " + i + " with evidence.\n");
        }
        out.write("  - id: case-studies\n    title: Case-study requirements\n    items:\n");
        for (int i = 1; i <= caseStudyItems; i++) {
            out.write("      - id: " + caseStudyItem(i) + "\n        title: Case-study requirement " + i
                    + "\n        scope: case-study\n");
        }
    }

    private void writeSelfAssessment(BufferedWriter out) throws IOException {
        out.write("kind: self-assessment\nchecklist: " + CHECKLIST_ID + "\nchecklistVersion: \"1.0\"\n"
                + "partner:\n  name: Synthetic Partner\n  tier: premier\n  landingPage: https://synthetic.example/aws\n"
                + "solution:\n  name: Synthetic Solution\n  operatesAwsEnvironment: true\ncaseStudies:\n");
        for (int c = 1; c <= caseStudies; c++) {
            writeCaseStudy(out, c);
        }
        out.write("responses:\n");
        for (int i = 1; i <= partnerItems; i++) {
            out.write("  " + partnerItem(i) + ":\n    status: met\n    evidence: [" + evidenceFile(i) + "]\n");
        }
        for (int i = 1; i <= caseStudyItems; i++) {
            out.write("  " + caseStudyItem(i) + ":\n    caseStudies:\n");
            for (int c = 1; c <= caseStudies; c++) {
                out.write("      " + caseStudyId(c) + ": { status: met, evidence: [" + evidenceFile(i + c) + "] }\n");
            }
        }
    }

    private static void writeCaseStudy(BufferedWriter out, int c) throws IOException {
        out.write("  - id: " + caseStudyId(c) + "\n    customer: Customer " + c + "\n    public: " + (c % 2 == 1)
                + "\n    url: https://synthetic.example/case-studies/" + c
                + "\n    introduction: Customer " + c + " runs a synthetic workload."
                + "\n    challenge: The workload outgrew its data centre."
                + "\n    solution: Moved to managed AWS services."
                + "\n    awsServices: [Amazon ECS, Amazon Aurora]\n    thirdPartyTools: [Terraform]"
                + "\n    dateDelivered: " + FIRST_DELIVERY.plusDays(c % 700)
                + "\n    outcomes: Faster releases and lower cost.\n    evidence: [" + evidenceFile(c) + "]\n");
    }

    private static String partnerItem(int i) {
        return String.format("PRT-%03d", i);
    }

    private static String caseStudyItem(int i) {
        return String.format("CSI-%03d", i);
    }

    private static String caseStudyId(int c) {
        return String.format("cs-%05d", c);
    }

    private static String evidenceFile(int i) {
        return "evidence/file-" + (i % EVIDENCE_FILES + 1) + ".md";
    }

    /** For callers that cannot throw checked exceptions (JMH setup). */
    public void writeUnchecked(Path dir) {
        try {
            write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
