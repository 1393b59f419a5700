package org.tsunagu.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.core.build.Output;

/**
 * The search index, built with Lucene and written as small static files that the browser
 * fetches piece by piece ({@code assets/js/search-core.js} reads them).
 *
 * <p>Two term spaces: {@code t}, the normalised text cut into character pairs
 * ({@link SearchText}), and {@code r}, the katakana reading ({@link Readings}) cut into groups
 * of four, so that ふくし finds 福祉. Each space has a title field weighted {@value #TITLE_BOOST} times the
 * body; a term's score in a record is Lucene's BM25 over both fields, computed here once and
 * stored as one byte.
 *
 * <p>Files, all gzip-compressed (the browser unpacks them itself, so no server setting matters):
 * <ul>
 *   <li>{@code search/index.bin}: JSON with the record count, the kinds, fields and areas, and
 *       the first term of every postings file, so a term's file is found by binary search;</li>
 *   <li>{@code search/t/N.bin}, {@code search/r/N.bin}: postings of consecutive terms in sorted
 *       order: term, record count, then each record as a gap and a score;</li>
 *   <li>{@code search/facets.bin}: each record's kind, area and fields, for filters and counts;</li>
 *   <li>{@code search/d/N.bin}: JSON of {@value #CHUNK} records each (address, title, kind,
 *       line, excerpt, reading), fetched only for the results shown.</li>
 * </ul>
 */
public final class SearchIndex {

    static final float TITLE_BOOST = 3f;
    /** Postings files are cut after this many bytes before compression. */
    static final int SHARD_BYTES = 6 * 1024;
    /** Records per result file. */
    static final int CHUNK = 8;

    private static final String[][] SPACES = {{"t", "title", "body"}, {"r", "rtitle", "rbody"}};

    private SearchIndex() {
    }

    /** The files of the site's index: every searchable record, with the site's fields and areas. */
    public static List<Output> of(SiteModel model) {
        return files(SearchDocs.of(model), model.readings(),
                model.groups().categories().stream().map(f -> f.term().slug()).toList(),
                model.groups().areas().stream().map(f -> f.term().slug()).toList());
    }

    /** The files of the index for these records, with the site's fields and areas in their order. */
    public static List<Output> files(List<SearchDoc> docs, Readings readings, List<String> categories,
                                     List<String> areas) {
        Map<String, Map<String, Postings>> spaces = postings(docs, readings);
        List<Output> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = json.createObjectNode();
        manifest.put("n", docs.size());
        manifest.put("chunk", CHUNK);
        SearchDocs.KINDS.forEach(manifest.putArray("kinds")::add);
        categories.forEach(manifest.putArray("categories")::add);
        areas.forEach(manifest.putArray("areas")::add);
        for (var space : spaces.entrySet()) {
            ArrayNode firsts = manifest.putArray(space.getKey());
            List<byte[]> shards = shards(space.getValue(), firsts);
            for (int i = 0; i < shards.size(); i++) {
                out.add(new Output("search/" + space.getKey() + "/" + i + ".bin", gzip(shards.get(i))));
            }
        }
        out.add(new Output("search/facets.bin", gzip(facets(docs, categories, areas))));
        for (int start = 0; start < docs.size(); start += CHUNK) {
            ArrayNode chunk = json.createArrayNode();
            for (SearchDoc d : docs.subList(start, Math.min(docs.size(), start + CHUNK))) {
                chunk.addArray().add(d.url()).add(d.title()).add(SearchDocs.KINDS.indexOf(d.kind()))
                        .add(d.meta() == null ? "" : d.meta()).add(d.excerpt()).add(d.kana() == null ? "" : d.kana());
            }
            out.add(new Output("search/d/" + (start / CHUNK) + ".bin", gzip(bytes(json, chunk))));
        }
        // The version names this index's files in the browser's cache: a new build is never
        // mixed with pieces of the last one.
        manifest.put("v", version(out));
        out.add(new Output("search/index.bin", gzip(bytes(json, manifest))));
        return out;
    }

    /** A term's records in increasing order with their BM25 scores. */
    static final class Postings {
        int[] docs = new int[4];
        float[] scores = new float[4];
        int size;

        void add(int doc, float score) {
            if (size > 0 && docs[size - 1] == doc) {
                scores[size - 1] += score;
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            docs[size] = doc;
            scores[size++] = score;
        }

        /** Adds another field's postings of the same term, keeping the order. */
        void merge(Postings other) {
            Postings merged = new Postings();
            int i = 0;
            int j = 0;
            while (i < size || j < other.size) {
                if (j >= other.size || (i < size && docs[i] < other.docs[j])) {
                    merged.add(docs[i], scores[i++]);
                } else if (i >= size || other.docs[j] < docs[i]) {
                    merged.add(other.docs[j], other.scores[j++]);
                } else {
                    merged.add(docs[i], scores[i++] + other.scores[j++]);
                }
            }
            docs = merged.docs;
            scores = merged.scores;
            size = merged.size;
        }
    }

    /**
     * Indexes the records with Lucene and reads back every term's postings with its scores. Each
     * term space has its own index, made on its own core: a field's scores depend only on that
     * field and the number of records, so they are the same as in one index of all four fields.
     */
    static Map<String, Map<String, Postings>> postings(List<SearchDoc> docs, Readings readings) {
        List<String[]> texts = docs.stream()
                .map(d -> new String[] {SearchText.normalise(d.title()), SearchText.normalise(d.body())})
                .toList();
        List<String[]> readingTexts = IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> new String[] {
                    readings.katakana(texts.get(i)[0])
                        + (docs.get(i).kana() == null ? "" : " " + Readings.toKatakana(docs.get(i).kana())),
                    readings.katakana(texts.get(i)[1])})
                .toList();
        List<Supplier<Map<String, Postings>>> work = List.of(
                () -> space(texts, SPACES[0], SearchText.analyzer()),
                () -> space(readingTexts, SPACES[1], SearchText.readingAnalyzer()));
        List<Map<String, Postings>> terms = work.parallelStream().map(Supplier::get).toList();
        Map<String, Map<String, Postings>> spaces = new LinkedHashMap<>();
        for (int i = 0; i < SPACES.length; i++) {
            spaces.put(SPACES[i][0], terms.get(i));
        }
        return spaces;
    }

    /**
     * One term space: each record's title and body (in {@code texts}) indexed in the fields the
     * space names, and every term's postings read back with the title's and the body's scores
     * added together.
     */
    private static Map<String, Postings> space(List<String[]> texts, String[] space, Analyzer analyzer) {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        Similarity bm25 = new BM25Similarity();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(bm25)
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(256)
                .setUseCompoundFile(false);
        Map<String, Postings> terms = new HashMap<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (String[] text : texts) {
                    Document doc = new Document();
                    doc.add(new org.apache.lucene.document.Field(space[1], text[0], type));
                    doc.add(new org.apache.lucene.document.Field(space[2], text[1], type));
                    writer.addDocument(doc);
                }
                // Merging in order keeps Lucene's document numbers equal to the records' order.
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                if (!reader.leaves().isEmpty()) {
                    LeafReader leaf = reader.leaves().get(0).reader();
                    read(leaf, space[1], TITLE_BOOST, bm25, terms);
                    read(leaf, space[2], 1f, bm25, terms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static void read(LeafReader leaf, String field, float boost, Similarity sim, Map<String, Postings> into)
            throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        CollectionStatistics collection = new CollectionStatistics(field, leaf.maxDoc(), terms.getDocCount(),
                terms.getSumTotalTermFreq(), terms.getSumDocFreq());
        long[] norms = norms(leaf, field);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            Similarity.SimScorer scorer = sim.scorer(boost, collection,
                    new TermStatistics(term, te.docFreq(), te.totalTermFreq()));
            pe = te.postings(pe, PostingsEnum.FREQS);
            Postings p = new Postings();
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                p.add(doc, scorer.score(pe.freq(), norms[doc]));
            }
            into.merge(term.utf8ToString(), p, (a, b) -> {
                a.merge(b);
                return a;
            });
        }
    }

    /** The length norm of every record in a field, read once for all its terms (1 where it has none). */
    private static long[] norms(LeafReader leaf, String field) throws IOException {
        long[] norms = new long[leaf.maxDoc()];
        Arrays.fill(norms, 1L);
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = values.longValue();
            }
        }
        return norms;
    }

    /**
     * Cuts the sorted terms into files of about {@value #SHARD_BYTES} bytes, adding each file's
     * first term to {@code firsts}. Terms sort as JavaScript compares strings (UTF-16 units).
     */
    static List<byte[]> shards(Map<String, Postings> terms, ArrayNode firsts) {
        float max = 0;
        for (Postings p : terms.values()) {
            for (int i = 0; i < p.size; i++) {
                max = Math.max(max, p.scores[i]);
            }
        }
        List<String> sorted = new ArrayList<>(terms.keySet());
        sorted.sort(String::compareTo);
        List<byte[]> shards = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream();
        for (String term : sorted) {
            if (shard.size() >= SHARD_BYTES) {
                shards.add(shard.toByteArray());
                shard.reset();
            }
            if (shard.size() == 0) {
                firsts.add(term);
            }
            Postings p = terms.get(term);
            byte[] t = term.getBytes(StandardCharsets.UTF_8);
            varint(shard, t.length);
            shard.writeBytes(t);
            varint(shard, p.size);
            int last = 0;
            for (int i = 0; i < p.size; i++) {
                varint(shard, p.docs[i] - last);
                last = p.docs[i];
                shard.write(Math.max(1, Math.round(255 * p.scores[i] / max)));
            }
        }
        if (shard.size() > 0) {
            shards.add(shard.toByteArray());
        }
        return shards;
    }

    /** Per record: kind, area (0 for none, else its place in the list + 1), the number of fields and each field. */
    static byte[] facets(List<SearchDoc> docs, List<String> categories, List<String> areas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SearchDoc d : docs) {
            out.write(SearchDocs.KINDS.indexOf(d.kind()));
            out.write(d.area() == null ? 0 : areas.indexOf(d.area()) + 1);
            List<Integer> cats = d.categories().stream().map(categories::indexOf).filter(i -> i >= 0).toList();
            out.write(cats.size());
            cats.forEach(out::write);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static byte[] bytes(ObjectMapper json, Object node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String version(List<Output> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Output o : files) {
                sha.update(o.path().getBytes(StandardCharsets.UTF_8));
                sha.update(o.bytes());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
