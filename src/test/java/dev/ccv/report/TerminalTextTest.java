package dev.ccv.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.SourcePosition;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertThat(TerminalText.inert("a\u001b[31mb\u0007c\u009bd")).isEqualTo("a\\x1B[31mb\\x07c\\x9Bd");
        assertThat(TerminalText.inert(null)).isEmpty();
    }

    @Test
    void longTextWrapsAtOneHundredColumnsWithHangingIndent() {
        String text = "word ".repeat(30).strip();

        String wrapped = TerminalText.wrap(text, 10, 6);

        assertThat(wrapped.split("\n")).hasSize(2);
        assertThat(wrapped.split("\n")[0]).hasSize(89);
        assertThat(wrapped.split("\n")[1]).startsWith("      word");
    }

    @Test
    void wordLongerThanALineIsKeptWhole() {
        String url = "https://example.com/" + "x".repeat(120);

        assertThat(TerminalText.wrap("see " + url, 4, 4)).isEqualTo("see\n    " + url);
    }

    @Test
    void positionIsFileAndLine() {
        assertThat(TerminalText.where(new SourcePosition("audit.yaml", 12, 5))).isEqualTo("audit.yaml:12");
        assertThat(TerminalText.where(SourcePosition.of("MANIFEST.sha256"))).isEqualTo("MANIFEST.sha256");
    }
}
