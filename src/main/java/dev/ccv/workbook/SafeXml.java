package dev.ccv.workbook;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way a workbook's XML is parsed: the JDK's own StAX parser (never one found on the class
 * path), with document type declarations refused outright, so that no entity, internal or external,
 * is ever expanded and no other file or URL is ever read.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    /** A reader over one part; its {@link Reader#next} refuses a DOCTYPE with a message naming the part. */
    static Reader open(String part, byte[] xml) {
        try {
            return new Reader(part, FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml)));
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    static WorkbookException malformed(String part, XMLStreamException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        int detail = reason.indexOf("Message: ");
        return new WorkbookException("part " + part + " is not well-formed XML ("
                + (detail >= 0 ? reason.substring(detail + 9) : reason) + "); save the workbook again from Excel");
    }

    /** Steps through one part's XML events. */
    static final class Reader {
        private final String part;
        private final XMLStreamReader xml;

        private Reader(String part, XMLStreamReader xml) {
            this.part = part;
            this.xml = xml;
        }

        /** The next event; a DOCTYPE is refused, since a workbook never has one. */
        int next() {
            try {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WorkbookException("part " + part + " holds a document type declaration (DOCTYPE),"
                            + " which no workbook has; refusing it, since it can make a reader fetch other files");
                }
                return event;
            } catch (XMLStreamException e) {
                throw malformed(part, e);
            }
        }

        boolean hasNext() {
            try {
                return xml.hasNext();
            } catch (XMLStreamException e) {
                throw malformed(part, e);
            }
        }

        String localName() {
            return xml.getLocalName();
        }

        String text() {
            return xml.getText();
        }

        /** An attribute by local name, whatever its namespace; null when absent. */
        String attribute(String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }
    }
}
