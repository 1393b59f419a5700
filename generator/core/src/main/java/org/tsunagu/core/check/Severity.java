package org.tsunagu.core.check;

/** How bad a problem is: an error stops a strict build, a warning never does. */
public enum Severity {
    ERROR,
    WARNING
}
