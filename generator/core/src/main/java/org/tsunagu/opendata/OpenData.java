package org.tsunagu.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.events.EventModel;
import org.tsunagu.groups.GroupModel;
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

    /** The tables of the site's open data, made once in the Model stage. */
    public static List<Table> tables(SiteConfig site, GroupModel groups, EventModel events,
                                     org.tsunagu.core.build.Memo memo) {
        return List.of(EventTable.of(site, events, memo), GroupTable.of(site, groups, memo));
    }

    public static Catalogue catalogue(SiteModel model) {
        List<Dataset> datasets = new ArrayList<>();
        for (Table t : model.openData()) {
            int n = t.rows().size();
            datasets.add(new Dataset(t.id(), t.standard(), t.columns(), n, List.of(
                    new DataFile(t.id(), FOLDER + t.id() + ".csv", t.id() + ".csv", "CSV", true, n),
                    new DataFile(t.id(), FOLDER + t.id() + ".json", t.id() + ".json", "JSON", false, n))));
        }
        return new Catalogue(List.copyOf(datasets), model.buildDate(), model.site().openDataLicence());
    }

    /** The four files, by their paths in the output folder. */
    public static List<Output> files(SiteModel model) {
        List<Output> out = new ArrayList<>();
        SiteConfig site = model.site();
        for (Table t : model.openData()) {
            String dir = FOLDER.substring(1);
            out.add(new Output(dir + t.id() + ".csv", Csv.write(t)));
            out.add(new Output(dir + t.id() + ".json",
                    Json.write(t, site.name(), site.openDataLicence(), model.buildDate())));
        }
        return out;
    }
}
