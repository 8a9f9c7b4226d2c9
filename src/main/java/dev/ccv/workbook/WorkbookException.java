package dev.ccv.workbook;

/** Why a file cannot be read as a workbook; {@link WorkbookReader} puts the file's name before it. */
final class WorkbookException extends RuntimeException {

    WorkbookException(String message) {
        super(message, null, false, false);
    }
}
