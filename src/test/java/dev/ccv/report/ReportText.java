package dev.ccv.report;

import dev.ccv.model.result.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The text a report file holds, for tests that look for words in every format: a text format as
 * UTF-8; a binary one (the xlsx workbook, a zip of XML) as the text of all its parts, XML escapes undone,
 * once Apache POI has read it as a workbook.
 */
public final class ReportText {

    private static final Pattern ESCAPE = Pattern.compile("&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");

    private ReportText() {
    }

    /** What {@code reporter} writes of {@code report}, as text. */
    public static String render(Reporter reporter, Report report) {
        if (reporter.binary()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                reporter.write(report, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return of(reporter.format(), bytes.toByteArray());
        }
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String of(String format, byte[] bytes) {
        if (!ReportFormats.isBinary(format)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        readableByPoi(bytes);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(entry.getName()).append('\n')
                        .append(unescape(new String(zip.readAllBytes(), StandardCharsets.UTF_8))).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Opens the workbook with Apache POI, a reader independent of the library that wrote it. */
    private static void readableByPoi(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() != 3) {
                throw new AssertionError("the workbook has " + workbook.getNumberOfSheets() + " sheets, not 3");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String xml) {
        Matcher matcher = ESCAPE.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
