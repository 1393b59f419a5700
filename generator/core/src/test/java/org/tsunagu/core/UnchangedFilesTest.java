package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.testing.TestSite;

/**
 * A rebuild leaves the files whose bytes did not change as they were, modification time
 * included, so that a copy to the web server ({@code rsync -a}) sends only what changed; the
 * files that did change are new files, never the published ones altered in place.
 */
class UnchangedFilesTest {

    @TempDir
    Path dir;

    @Test
    void onlyChangedFilesAreNewAfterARebuild() throws IOException {
        TestSite site = new TestSite(dir)
                .group("kawazukuri-kiyose", "川づくり・清瀬の会", "かわづくり・きよせのかい", "")
                .group("shizen-wo-mamoru", "自然を守る会", "しぜんをまもるかい", "");
        BuildResult first = site.buildOk();
        Path changed = site.out().resolve("groups/kawazukuri-kiyose/index.html");
        Path same = site.out().resolve("groups/shizen-wo-mamoru/index.html");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(changed, old);
        Files.setLastModifiedTime(same, old);
        Object sameKey = Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String before = Files.readString(changed);

        site.group("kawazukuri-kiyose", "川づくり・清瀬の会", "かわづくり・きよせのかい",
                "fees: 年会費 1,000円\n");
        BuildResult second = site.buildOk();

        assertEquals(old, Files.getLastModifiedTime(same), "an unchanged page keeps its time");
        assertEquals(sameKey, Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertNotEquals(old, Files.getLastModifiedTime(changed), "the changed page is written anew");
        assertTrue(Files.readString(changed).contains("年会費 1,000円"));
        assertTrue(before.length() > 0);
        assertEquals(first.files(), second.files());
        int unchanged = second.records().get("unchanged");
        assertTrue(unchanged > 0 && unchanged < second.files(), "unchanged: " + unchanged + " of " + second.files());
    }
}
