package org.tsunagu.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.site.SiteConfig;

/**
 * The site's open data: the events and the groups, each as CSV and as JSON under
 * {@code /opendata/}, and the catalogue that the page {@code /opendata/} describes them with.
 */
public final class OpenData {

    /** The folder of the files, as a site path. */
    public static final String FOLDER = "/opendata/";

    /** One data set: its table and its files. */
    public record Dataset(String id, String standard, List<Column> columns, int records, List<DataFile> files) {
    }

    /**
     * One downloadable file.
     *
     * @param url the site path ({@code /opendata/events.csv})
     * @param format {@code CSV} or {@code JSON}
     * @param bom whether the file starts with a UTF-8 byte order mark
     */
    public record DataFile(String dataset, String url, String name, String format, boolean bom, int records) {
    }

    /** What the open-data page lists: the data sets, when they were made, and under which licence. */
    public record Catalogue(List<Dataset> datasets, LocalDate updated, SiteConfig.Licence licence) {
        public List<DataFile> files() {
            return datasets.stream().flatMap(d -> d.files().stream()).toList();
        }
    }

    private OpenData() {
    }

    /**
     * One table of the open data: what its page says of it, and how it is made. The tables are
     * made only when their files are written, one after the other, and let go after.
     */
    private record Kind(String id, String standard, List<Column> columns, ToIntFunction<SiteModel> rows,
                        Function<SiteModel, Table> table) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("events", EventTable.STANDARD, EventTable.COLUMNS, m -> m.events().all().size(),
                    m -> EventTable.of(m.site(), m.events())),
            new Kind("groups", null, GroupTable.COLUMNS, m -> m.groups().all().size(),
                    m -> GroupTable.of(m.site(), m.groups())));

    public static Catalogue catalogue(SiteModel model) {
        List<Dataset> datasets = new ArrayList<>();
        for (Kind k : KINDS) {
            int n = k.rows().applyAsInt(model);
            datasets.add(new Dataset(k.id(), k.standard(), k.columns(), n, List.of(
                    new DataFile(k.id(), FOLDER + k.id() + ".csv", k.id() + ".csv", "CSV", true, n),
                    new DataFile(k.id(), FOLDER + k.id() + ".json", k.id() + ".json", "JSON", false, n))));
        }
        return new Catalogue(List.copyOf(datasets), model.buildDate(), model.site().openDataLicence());
    }

    /** The four files, by their paths in the output folder, each handed to {@code out} when made. */
    public static void files(SiteModel model, Consumer<Output> out) {
        SiteConfig site = model.site();
        String dir = FOLDER.substring(1);
        for (Kind k : KINDS) {
            Table t = k.table().apply(model);
            if (!t.id().equals(k.id()) || t.rows().size() != k.rows().applyAsInt(model)) {
                throw new IllegalStateException("the open-data table " + t.id() + " is not what its page says");
            }
            out.accept(new Output(dir + t.id() + ".csv", Csv.write(t)));
            out.accept(new Output(dir + t.id() + ".json",
                    Json.write(t, site.name(), site.openDataLicence(), model.buildDate())));
        }
    }
}
