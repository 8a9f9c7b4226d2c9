package dev.ccv.cli;

import picocli.CommandLine;

/** The version comes only from the build: pom.xml's, compiled in as {@link BuildVersion}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return BuildVersion.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ccv " + version()};
    }
}
