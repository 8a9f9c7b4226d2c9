package dev.ccv.loading;

import dev.ccv.model.Evidence;
import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceResolverTest {

    private static final SourcePosition AT = new SourcePosition("self-assessment.yaml", 9, 16);

    @TempDir
    Path dir;
    private Path bundle;
    private EvidenceResolver resolver;

    @BeforeEach
    void createBundle() throws IOException {
        bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.createDirectories(bundle.resolve("evidence/globex"));
        Files.writeString(bundle.resolve("evidence/globex/architecture.pdf"), "pdf");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        resolver = new EvidenceResolver(bundle);
    }

    @Test
    void recordsHttpsUrlsAsExternal() {
        assertThat(resolver.resolve("https://acme.example/blog", AT))
                .isEqualTo(new Evidence.External("https://acme.example/blog", AT));
    }

    @Test
    void resolvesRelativePathsInsideTheBundleKeepingWhatWasWritten() {
        Evidence evidence = resolver.resolve("./evidence//globex/../globex/architecture.pdf", AT);

        assertThat(evidence).isEqualTo(
                new Evidence.Local("./evidence//globex/../globex/architecture.pdf", true, AT));
        assertThat(((Evidence.Local) evidence).path()).isEqualTo("evidence/globex/architecture.pdf");
    }

    @Test
    void recordsAMissingFileWithoutAnError() {
        assertThat(resolver.resolve("evidence/none.pdf", AT)).isEqualTo(new Evidence.Local("evidence/none.pdf", false, AT));
    }

    @Test
    void refusesOtherSchemesAndUrlsWithoutAHost() {
        assertThat(errors("http://acme.example/blog")).containsExactly(AT + ": `http://acme.example/blog` is not"
                + " allowed as evidence; use an https:// URL or a path inside the bundle");
        assertThat(errors("ftp://acme.example/x")).containsExactly(AT + ": `ftp://acme.example/x` is not"
                + " allowed as evidence; use an https:// URL or a path inside the bundle");
        assertThat(errors("https:///x")).containsExactly(AT + ": the URL `https:///x` has no host;"
                + " write https://HOST/...");
    }

    @Test
    void refusesAbsolutePaths() {
        assertThat(errors("/etc/passwd")).containsExactly(AT + ": evidence path `/etc/passwd` is absolute;"
                + " write a path relative to the bundle root");
        assertThat(errors("C:\\evidence\\a.pdf")).containsExactly(AT + ": evidence path `C:\\evidence\\a.pdf`"
                + " is absolute; write a path relative to the bundle root");
    }

    @Test
    void refusesPathsThatEscapeTheBundle() {
        assertThat(errors("evidence/../../secret.txt")).containsExactly(
                AT + ": evidence path `evidence/../../secret.txt` leads outside the bundle");
    }

    @Test
    void refusesSymbolicLinksLeadingOutside() throws IOException {
        Files.createSymbolicLink(bundle.resolve("evidence/link.txt"), dir.resolve("secret.txt"));

        assertThat(errors("evidence/link.txt")).containsExactly(
                AT + ": evidence path `evidence/link.txt` leads outside the bundle through the symbolic link"
                        + " `evidence/link.txt`; put the file itself in the bundle");
    }

    @Test
    void refusesAFolderLinkLeadingOutsideAndFollowsLinksThatStayInside() throws IOException {
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/report.pdf"), "outside");
        Files.createSymbolicLink(bundle.resolve("evidence/shared"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(bundle.resolve("evidence/latest.pdf"), bundle.resolve("evidence/globex/architecture.pdf"));
        Files.createSymbolicLink(bundle.resolve("evidence/current"), bundle.resolve("evidence/globex"));

        assertThat(errors("evidence/shared/report.pdf")).containsExactly(
                AT + ": evidence path `evidence/shared/report.pdf` leads outside the bundle through the symbolic link"
                        + " `evidence/shared`; put the file itself in the bundle");
        assertThat(resolver.resolve("evidence/latest.pdf", AT)).isEqualTo(new Evidence.Local("evidence/latest.pdf", true, AT));
        assertThat(resolver.resolve("evidence/current/architecture.pdf", AT))
                .isEqualTo(new Evidence.Local("evidence/current/architecture.pdf", true, AT));
        assertThat(errors("evidence/current")).containsExactly(
                AT + ": evidence path `evidence/current` is a folder; name a file");
    }

    @Test
    void aDanglingLinkAPathThroughAFileAndAMissingFolderAreMissingFiles() throws IOException {
        Files.createSymbolicLink(bundle.resolve("evidence/gone.pdf"), bundle.resolve("evidence/never-written.pdf"));

        for (String reference : List.of("evidence/gone.pdf", "evidence/globex/architecture.pdf/page-1",
                "evidence/initech/diagram.pdf")) {
            assertThat(resolver.resolve(reference, AT)).as(reference).isEqualTo(new Evidence.Local(reference, false, AT));
        }
    }

    @Test
    void refusesDirectoriesAndEmptyReferences() {
        assertThat(errors("evidence/globex")).containsExactly(
                AT + ": evidence path `evidence/globex` is a folder; name a file");
        assertThat(errors(" ")).containsExactly(
                AT + ": an evidence reference is empty; write a path inside the bundle or an https:// URL");
    }

    /**
     * The scheme and absolute-path tests are character checks for start-up time; these regular
     * expressions, which they replaced, say what they mean. Fixed cases, then random strings over
     * the characters that matter.
     */
    @Test
    void urlSchemesAndAbsolutePathsAreRecognisedAsTheRegularExpressionsSay() {
        Pattern scheme = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
        Pattern absolute = Pattern.compile("^/.*|^[A-Za-z]:[\\\\/].*|^\\\\.*", Pattern.DOTALL);
        List<String> references = new ArrayList<>(List.of("https://a", "HTTPS://a", "s3+x.y-z://b", "1https://a",
                "-x://a", "https:/a", "https:", "://a", "a:b://c", "ht tp://a", "https://", "evidence/a.pdf",
                "/etc", "\\\\server\\x", "\\x", "C:\\x", "c:/x", "C:x", "C:", "1:/x", "", ":", "é://x", "a\n://b"));
        Random random = new Random(7);
        String alphabet = "aZ09+-.:/\\ \né";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder reference = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                reference.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            references.add(reference.toString());
        }
        for (String reference : references) {
            assertThat(EvidenceResolver.hasUrlScheme(reference)).as("scheme in %s", reference)
                    .isEqualTo(scheme.matcher(reference).matches());
            assertThat(EvidenceResolver.isAbsolute(reference)).as("absolute: %s", reference)
                    .isEqualTo(absolute.matcher(reference).matches());
        }
    }

    private List<String> errors(String reference) {
        return Errors.of(() -> resolver.resolve(reference, AT));
    }
}
