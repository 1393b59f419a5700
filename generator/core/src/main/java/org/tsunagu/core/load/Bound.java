package org.tsunagu.core.load;

/** A record bound from YAML, with where each of its fields was written. */
public record Bound<T>(T value, SourceMap sources) {
}
