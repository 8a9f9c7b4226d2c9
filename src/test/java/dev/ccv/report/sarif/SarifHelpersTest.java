package dev.ccv.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifHelpersTest {

    @Test
    void ruleNamesArePascalCaseTitles() {
        assertThat(RuleName.of("Root user has MFA")).isEqualTo("RootUserHasMFA");
        assertThat(RuleName.of("At least 2 case studies, 1 of them public"))
                .isEqualTo("AtLeast2CaseStudies1OfThemPublic");
        assertThat(RuleName.of("  über-cool: résumé ")).isEqualTo("ÜberCoolRésumé");
    }

    @Test
    void artifactUrisAreRelativeReferences() {
        assertThat(ArtifactUri.of("self-assessment.yaml")).isEqualTo("self-assessment.yaml");
        assertThat(ArtifactUri.of("evidence/my file#1.pdf")).isEqualTo("evidence/my%20file%231.pdf");
        assertThat(ArtifactUri.of("C:/lists/x.yaml")).isEqualTo("./C:/lists/x.yaml");
        assertThat(ArtifactUri.of("naïve.yaml")).isEqualTo("na%C3%AFve.yaml");
    }
}
