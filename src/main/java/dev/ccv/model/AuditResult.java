package dev.ccv.model;

/** The auditor's word on a requirement; it overrides what the check found. */
public enum AuditResult {
    MET, UNMET
}
