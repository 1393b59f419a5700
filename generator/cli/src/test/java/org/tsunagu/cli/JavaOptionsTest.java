package org.tsunagu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaOptionsTest {

    private static final String MADVISE = "always [madvise] never\n";

    @TempDir
    Path dir;

    private Optional<List<String>> options(Map<String, String> env, String os, String... args) {
        return JavaOptions.of(args, List.of("-jar", "tsunagu.jar"), env, os, MADVISE);
    }

    private void records(int n) throws IOException {
        Files.createDirectories(dir.resolve("data/groups"));
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("data/groups/g" + i + ".yaml"), "name: g\n");
        }
    }

    @Test
    void aSmallSiteIsBuiltWithTheQuickCompilerAndALargeOneWithHugePages() throws IOException {
        records(10);
        assertEquals(Optional.of(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")),
                options(Map.of(), "Linux", "build", "--site", dir.toString()));
        assertEquals(Optional.of(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")),
                options(Map.of(), "Linux", "check", "--site=" + dir));
        // The preview runs for hours: its code is worth compiling fully.
        assertEquals(Optional.of(List.of("-XX:+UseTransparentHugePages")),
                options(Map.of(), "Linux", "serve", "--site", dir.toString()));
        records(JavaOptions.SMALL_SITE);
        assertEquals(Optional.of(List.of("-XX:+UseTransparentHugePages")),
                options(Map.of(), "Linux", "build", "--site", dir.toString()));
        assertEquals(Optional.empty(),
                options(Map.of(), "Mac OS X", "build", "--site", dir.toString()));
        assertEquals(Optional.empty(),
                JavaOptions.of(new String[] {"build", "--site", dir.toString()}, List.of(), Map.of(), "Linux",
                        "always madvise [never]\n"));
    }

    @Test
    void settingsOfTheUsersOwnAreKept() {
        String[] build = {"build", "--site", dir.toString()};
        assertEquals(Optional.empty(), JavaOptions.of(build, List.of("-Xmx8g", "-jar", "t.jar"), Map.of(), "Linux", MADVISE));
        assertEquals(Optional.empty(), JavaOptions.of(build, List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx8g"), "Linux", MADVISE));
        assertEquals(Optional.of(List.of("-Xmx3g", "-XX:+UseParallelGC")),
                options(Map.of(JavaOptions.ENVIRONMENT, " -Xmx3g  -XX:+UseParallelGC "), "Linux", build));
        assertEquals(Optional.empty(), options(Map.of(JavaOptions.ENVIRONMENT, ""), "Linux", build));
        // Commands that make or read a few files start at once.
        assertEquals(Optional.empty(), options(Map.of(), "Linux", "new", dir.toString()));
        assertEquals(Optional.empty(), options(Map.of(), "Linux"));
    }

    @Test
    void theSiteFolderIsFoundInTheCommandLine() {
        assertEquals(Path.of("a/b"), JavaOptions.site(new String[] {"build", "--site", "a/b"}));
        assertEquals(Path.of("c"), JavaOptions.site(new String[] {"build", "--out", "x", "--site=c"}));
        assertEquals(Path.of(""), JavaOptions.site(new String[] {"build"}));
    }
}
