package dev.ccv.report.xml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes indented XML (or XHTML-compatible HTML) through the JDK's {@link XMLStreamWriter}, which
 * escapes every text and attribute value; the XML and HTML reporters never concatenate user text
 * into markup.
 *
 * <p>Elements opened with {@link #open} start on a new, indented line; those opened with
 * {@link #inline} continue the current line, so inline HTML gets no stray whitespace. Characters
 * that XML 1.0 cannot carry at all (most C0 controls, unpaired surrogates) become U+FFFD, so the
 * output always parses.
 */
public final class MarkupWriter {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    /** For each open element: whether it holds child elements on lines of their own. */
    private final Deque<Boolean> hasBlockChildren = new ArrayDeque<>();

    private MarkupWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static MarkupWriter to(Writer out) throws IOException {
        try {
            // the JDK's own writer: newFactory() would first search the class path for another one
            // (META-INF/services, system properties, jaxp.properties), opening the jar from Java
            return new MarkupWriter(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out));
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8"?>}, for XML documents. */
    public MarkupWriter xmlDeclaration() throws IOException {
        return call(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    /** A document type declaration written as given, e.g. {@code <!DOCTYPE html>}. */
    public MarkupWriter doctype(String declaration) throws IOException {
        return call(() -> xml.writeDTD(declaration));
    }

    /** Starts an element on a new line. */
    public MarkupWriter open(String name) throws IOException {
        if (!hasBlockChildren.isEmpty()) {
            hasBlockChildren.pop();
            hasBlockChildren.push(true);
        }
        newLine(hasBlockChildren.size());
        hasBlockChildren.push(false);
        return call(() -> xml.writeStartElement(name));
    }

    /** Starts an element on the current line. */
    public MarkupWriter inline(String name) throws IOException {
        hasBlockChildren.push(false);
        return call(() -> xml.writeStartElement(name));
    }

    /** An attribute of the element just started; a null value writes nothing. */
    public MarkupWriter attr(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        return call(() -> xml.writeAttribute(name, clean(value)));
    }

    public MarkupWriter attr(String name, long value) throws IOException {
        return attr(name, Long.toString(value));
    }

    public MarkupWriter text(String value) throws IOException {
        return call(() -> xml.writeCharacters(clean(value)));
    }

    /** Ends the innermost open element, on a line of its own if it held block children. */
    public MarkupWriter close() throws IOException {
        if (hasBlockChildren.pop()) {
            newLine(hasBlockChildren.size());
        }
        return call(xml::writeEndElement);
    }

    /** {@code <name>text</name>} on a new line. */
    public MarkupWriter element(String name, String text) throws IOException {
        return open(name).text(text).close();
    }

    /** {@code <name>text</name>} on the current line. */
    public MarkupWriter inlineElement(String name, String text) throws IOException {
        return inline(name).text(text).close();
    }

    /** A childless element such as {@code <meta charset="utf-8"/>}: call {@link #attr} next. */
    public MarkupWriter empty(String name) throws IOException {
        if (!hasBlockChildren.isEmpty()) {
            hasBlockChildren.pop();
            hasBlockChildren.push(true);
        }
        newLine(hasBlockChildren.size());
        return call(() -> xml.writeEmptyElement(name));
    }

    /** Closes what is still open, ends the document with a newline and flushes. */
    public void finish() throws IOException {
        while (!hasBlockChildren.isEmpty()) {
            close();
        }
        call(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private void newLine(int depth) throws IOException {
        call(() -> xml.writeCharacters("\n" + INDENT.repeat(depth)));
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** The XML 1.0 {@code Char} production. */
    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private MarkupWriter call(XmlAction action) throws IOException {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
