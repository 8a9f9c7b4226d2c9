package dev.ccv.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/** The shared-strings part: the text of each string item, its runs joined, phonetic hints left out. */
final class SharedStrings {

    private SharedStrings() {
    }

    static List<String> parse(String part, byte[] bytes) {
        List<String> strings = new ArrayList<>();
        SafeXml.Reader xml = SafeXml.open(part, bytes);
        StringBuilder current = null;
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.localName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inText = phonetic == 0 && current != null;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.localName()) {
                    case "si" -> {
                        strings.add(current == null ? "" : current.toString());
                        current = null;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> { }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                current.append(xml.text());
            }
        }
        return strings;
    }
}
