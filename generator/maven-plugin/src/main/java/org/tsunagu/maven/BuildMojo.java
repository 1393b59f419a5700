package org.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Messages;

/** {@code mvn tsunagu:build}: builds the site; any error fails the build and writes nothing. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractTsunaguMojo {

    /** Where the site is written. */
    @Parameter(property = "tsunagu.out", defaultValue = "${project.build.directory}/public")
    File outputDirectory;

    /** When false, records with errors are left out and the rest is built (the goal still fails). */
    @Parameter(property = "tsunagu.strict", defaultValue = "true")
    boolean strict;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tsunagu:build skipped");
            return;
        }
        BuildOptions options = options(outputDirectory, strict);
        long start = System.nanoTime();
        BuildResult result = Pipeline.build(options);
        report(result, options);
        if (!result.written()) {
            throw new MojoFailureException(Messages.get(options.locale()).format("cli.notWritten", outputDirectory));
        }
        getLog().info(Messages.get(options.locale()).format("cli.built", result.pages(), result.files(),
                result.bytes() / 1024, outputDirectory, (System.nanoTime() - start) / 1_000_000));
    }
}
