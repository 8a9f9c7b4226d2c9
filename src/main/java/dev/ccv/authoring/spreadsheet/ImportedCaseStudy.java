package dev.ccv.authoring.spreadsheet;

/** A case study made from a workbook's customer reference; {@code isPublic} is null when the workbook does not say. */
public record ImportedCaseStudy(String id, String customer, Boolean isPublic) {
}
