package org.tsunagu.core.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.load.Bound;

/**
 * Results of the steps that depend on one record alone, kept from one update of the preview to
 * the next, so that after an edit only the edited records are bound and turned into views again.
 * A step is looked up by what it is computed from: the parsed file itself (the preview's load
 * gives the same object for an unchanged file), or values compared by their contents (records),
 * so that a step whose inputs changed is computed anew. A build uses {@link #NONE}, which keeps
 * nothing.
 *
 * <p>Each update keeps what it used and forgets the rest: a deleted or edited record's results
 * are gone after the next update. Safe to use from several threads.
 */
public final class Memo {

    /** Computes every time: a build looks at each record once. */
    public static final Memo NONE = new Memo(false);

    private final boolean keeps;
    private volatile Map<Object, Object> current = new ConcurrentHashMap<>();
    private volatile Map<Object, Object> previous = Map.of();

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo that keeps results between updates. */
    public static Memo keeping() {
        return new Memo(true);
    }

    /** Starts the next update: what the last one used stays, what it did not use is forgotten. */
    public void next() {
        if (keeps) {
            previous = current;
            current = new ConcurrentHashMap<>();
        }
    }

    /**
     * The result of a step, computed only when no earlier update computed it from equal inputs.
     *
     * @param step names the step, so that two steps with the same inputs are kept apart
     * @param inputs everything the step reads, compared with {@code equals}
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String step, List<?> inputs, Supplier<V> compute) {
        if (!keeps) {
            return compute.get();
        }
        Key key = new Key(step, inputs);
        Object v = current.get(key);
        if (v == null) {
            v = previous.get(key);
            if (v == null) {
                v = compute.get();
            }
            current.put(key, v);
        }
        return (V) v;
    }

    private record Key(String step, List<?> inputs) {
    }

    /** What binding a file gave: the record, or nothing, and the problems found. */
    private record Binding(Optional<? extends Bound<?>> bound, List<Diagnostic> problems) {
    }

    /**
     * An input compared by identity: a parsed file (the same object is the same, unchanged file),
     * or a result this memo gave (the same object was made from the same inputs). Cheaper than
     * comparing contents; an equal copy is merely computed again.
     */
    public static Object same(Object input) {
        return new Same(input);
    }

    private record Same(Object input) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.input == input;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(input);
        }
    }

    /** Binds a record file to its type ({@link Binder#bind}), its problems reported each time. */
    @SuppressWarnings("unchecked")
    public <T extends Record> Optional<Bound<T>> bind(Class<T> type, Sources.Yaml file, Diagnostics diagnostics) {
        if (!keeps) {
            return Binder.bind(type, file.root(), file.file().relativePath(), diagnostics);
        }
        Binding b = get("bind", List.of(type, new Same(file)), () -> {
            Diagnostics own = new Diagnostics();
            Optional<Bound<T>> bound = Binder.bind(type, file.root(), file.file().relativePath(), own);
            return new Binding(bound, own.list());
        });
        b.problems().forEach(diagnostics::add);
        return (Optional<Bound<T>>) b.bound();
    }
}
