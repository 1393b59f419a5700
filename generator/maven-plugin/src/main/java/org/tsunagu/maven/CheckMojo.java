package org.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;
import org.tsunagu.core.check.Messages;

/** {@code mvn tsunagu:check}: checks every file and reports all problems; writes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractTsunaguMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tsunagu:check skipped");
            return;
        }
        BuildOptions options = options(new File(siteDirectory, "public"), true);
        BuildResult result = Pipeline.check(options);
        report(result, options);
        getLog().info(Messages.get(options.locale()).format("cli.checked", result.checkedCounts()));
    }
}
