package dev.ccv.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/** The linear reader scans every text into the same tokens, at the same marks, as snakeyaml's own. */
class LinearStreamReaderTest {

    private static final String LONG = "x".repeat(5000);

    @ParameterizedTest
    @ValueSource(strings = {
        "kind: self-assessment\npartner:\n  name: Acme\n",
        "a: &anchor @LONG@\nb: *anchor\n",
        "quoted: \"@LONG@\\n\\u00e9\"\nsingle: '@LONG@'\n",
        "block: |\n  @LONG@\n  second line\nfolded: >-\n  one\n  two\n",
        "crlf: one\r\nnext: two\r\nlone: cr\rend: x\n",
        "\uFEFFbom: yes\nemoji: \uD83D\uDE00\uD83D\uDE00 @LONG@ \uD83D\uDE00\n",
        "breaks: \u0085x\u2028y\u2029z\n",
        "broken: [unclosed\n  @LONG@: {\n",
        "flow: [a, {b: c}, \"d\"]\n# comment @LONG@\n",
    })
    void scansLikeSnakeyaml(String shape) {
        // values longer than the 1,024 code points read at a time, so that the window moves inside them
        String text = shape.replace("@LONG@", LONG);
        assertThat(tokens(new LinearStreamReader(text))).isEqualTo(tokens(new StreamReader(new StringReader(text))));
    }

    @Test
    void reportsTheFirstCharacterYamlDoesNotAllowAtItsCodePointIndex() {
        String text = "a: " + "\uD83D\uDE00".repeat(3000) + "\u0007";

        assertThatThrownBy(() -> tokens(new LinearStreamReader(text)))
                .isInstanceOfSatisfying(ReaderException.class, e -> {
                    assertThat(e.getCodePoint()).isEqualTo(7);
                    assertThat(e.getPosition()).isEqualTo(3 + 3000);
                });
    }

    @Test
    void anOlderMarkKeepsItsTextWhenTheWindowMoves() {
        LinearStreamReader reader = new LinearStreamReader("ab\n" + LONG);
        reader.forward(1);
        Mark mark = reader.getMark();
        reader.forward(4000);
        reader.peek(1500);

        assertThat(mark.get_snippet()).contains("ab");
    }

    private static List<String> tokens(StreamReader reader) {
        ScannerImpl scanner = new ScannerImpl(reader, new LoaderOptions());
        List<String> tokens = new ArrayList<>();
        try {
            while (scanner.checkToken()) {
                Token token = scanner.getToken();
                String value = token instanceof ScalarToken scalar ? scalar.getValue() : "";
                tokens.add(token.getTokenId() + " " + describe(token.getStartMark()) + "-"
                        + describe(token.getEndMark()) + " " + value.length() + ":" + value.hashCode());
            }
        } catch (MarkedYAMLException e) {
            tokens.add("error " + e.getProblem() + " at " + describe(e.getProblemMark()));
        }
        return tokens;
    }

    private static String describe(Mark mark) {
        return mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
    }
}
