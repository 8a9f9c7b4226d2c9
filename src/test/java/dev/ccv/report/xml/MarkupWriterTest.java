package dev.ccv.report.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkupWriterTest {

    @Test
    void blockElementsAreIndentedAndInlineElementsStayOnTheLine() throws IOException {
        StringWriter out = new StringWriter();
        MarkupWriter xml = MarkupWriter.to(out).xmlDeclaration();
        xml.open("a").attr("k", "v");
        xml.element("b", "text");
        xml.open("c").text("x ").inlineElement("d", "y").close();
        xml.empty("e").attr("n", 1);
        xml.finish();
        assertThat(out).hasToString("""
                <?xml version="1.0" encoding="UTF-8"?>
                <a k="v">
                  <b>text</b>
                  <c>x <d>y</d></c>
                  <e n="1"/>
                </a>
                """);
    }

    @Test
    void escapesTextAndAttributes() throws IOException {
        StringWriter out = new StringWriter();
        MarkupWriter xml = MarkupWriter.to(out);
        xml.open("a").attr("t", "\"<&>'").text("<script>]]>&").finish();
        assertThat(out.toString()).contains("t=\"&quot;&lt;&amp;&gt;'\"").contains(">&lt;script&gt;]]&gt;&amp;<");
    }

    @Test
    void nullAttributesAreLeftOut() throws IOException {
        StringWriter out = new StringWriter();
        MarkupWriter.to(out).open("a").attr("class", null).finish();
        assertThat(out.toString().strip()).isEqualTo("<a></a>");
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        assertThat(MarkupWriter.clean("a\u0000b\u0001c\td\ne\uD800f\uFFFEg😀"))
                .isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFDg😀");
    }
}
