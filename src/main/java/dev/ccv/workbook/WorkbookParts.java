package dev.ccv.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Finds a workbook's parts: the workbook part (through the package relationships), its sheets in
 * order with their names, and the shared strings.
 */
final class WorkbookParts {

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";
    private static final String SHARED_STRINGS = "/sharedStrings";

    /** A sheet's name and the zip path of its part. */
    record SheetPart(String name, String path) {
    }

    private WorkbookParts() {
    }

    static Workbook read(WorkbookZip zip) throws IOException {
        String workbookPath = relationships(zip, "_rels/.rels", "").entrySet().stream()
                .filter(r -> r.getValue().type().endsWith(OFFICE_DOCUMENT)).map(r -> r.getValue().target())
                .findFirst().orElse("xl/workbook.xml");
        byte[] workbook = zip.read(workbookPath).orElseThrow(() -> new WorkbookException(
                "is a zip but not an .xlsx workbook (it has no " + workbookPath + ")"
                        + "; save it from a spreadsheet program as an Excel workbook (.xlsx)"));
        String folder = workbookPath.contains("/") ? workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1) : "";
        String relsPath = folder + "_rels/" + workbookPath.substring(folder.length()) + ".rels";
        Map<String, Relationship> rels = relationships(zip, relsPath, folder);
        List<String> sharedStrings = List.of();
        for (Relationship rel : rels.values()) {
            if (rel.type().endsWith(SHARED_STRINGS)) {
                byte[] xml = zip.read(rel.target()).orElse(null);
                sharedStrings = xml == null ? List.of() : SharedStrings.parse(rel.target(), xml);
            }
        }
        List<SheetPart> sheets = new ArrayList<>();
        SafeXml.Reader xml = SafeXml.open(workbookPath, workbook);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.localName().equals("sheet")) {
                Relationship rel = rels.get(xml.attribute("id"));
                if (rel != null && rel.type().endsWith(WORKSHEET)) {
                    sheets.add(new SheetPart(xml.attribute("name"), rel.target()));
                }
            }
        }
        return new Workbook(WorkbookReader.sheets(sheets, zip, sharedStrings));
    }

    private record Relationship(String type, String target) {
    }

    /** The relationships of one part, by id; targets resolved against {@code folder} into zip paths. */
    private static Map<String, Relationship> relationships(WorkbookZip zip, String path, String folder)
            throws IOException {
        Map<String, Relationship> rels = new HashMap<>();
        byte[] bytes = zip.read(path).orElse(null);
        if (bytes == null) {
            return rels;
        }
        SafeXml.Reader xml = SafeXml.open(path, bytes);
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.localName().equals("Relationship")
                    && !"External".equals(xml.attribute("TargetMode"))) {
                String target = xml.attribute("Target");
                String type = xml.attribute("Type");
                if (target != null && type != null && xml.attribute("Id") != null) {
                    rels.put(xml.attribute("Id"), new Relationship(type, zipPath(folder, target)));
                }
            }
        }
        return rels;
    }

    /** A relationship target as a zip entry name: absolute ones from the root, others from the folder. */
    static String zipPath(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }
}
