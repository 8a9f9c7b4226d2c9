package dev.ccv.authoring;

/**
 * The part of {@code ccv init}'s template that describes an individual: who they are, then their
 * certifications, contributions and nominations, each an empty list with a commented example so
 * that the template loads as it is.
 */
final class IndividualTemplate {

    private IndividualTemplate() {
    }

    static void write(YamlText yaml) {
        yaml.blank();
        yaml.line(0, "applicant:");
        yaml.field(1, "name", YamlText.quote("TODO: your name"), "required");
        yaml.comment(1, "email: you@example.com   # personal data: --redact removes it from every report");
        yaml.comment(1, "employer: { name: Example Cloud, apnPartner: true, tier: advanced }   # optional;"
                + " tier: registered | select | advanced | premier");
        yaml.field(1, "student", "false", "true if you are a student");
        yaml.blank();
        yaml.comment("Each AWS Certification you hold, e.g.");
        yaml.comment("  - { id: saa, name: AWS Certified Solutions Architect - Associate, level: associate,");
        yaml.comment("      earned: 2025-01-10, expires: 2028-01-10, validationNumber: \"ABC123XYZ\" }");
        yaml.comment("level: foundational | associate | professional | specialty; valid through `expires`, that day"
                + " included; validation numbers are personal data that --redact removes.");
        yaml.line(0, "certifications: []");
        yaml.blank();
        yaml.comment("Your community contributions, e.g.");
        yaml.comment("  - { id: blog-1, type: blog, title: Zero-downtime deploys on ECS,");
        yaml.comment("      url: \"https://you.example/blog/ecs\", date: 2026-03-01, evidence: [] }");
        yaml.comment("type: blog | talk | video | open-source | meetup | workshop | forum | book | course | podcast");
        yaml.line(0, "contributions: []");
        yaml.blank();
        yaml.comment("Who nominated you, e.g. - { by: Jane Roe, role: aws-employee, date: 2026-02-01 }");
        yaml.comment("role: aws-employee | community-member | self");
        yaml.line(0, "nominations: []");
    }
}
