package dev.ccv.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;

/** The process entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // picocli registers converters for java.sql, java.time and java.nio.file types by reflection in
        // every command line it builds, after matching each type's name against this expression, which
        // it compiles anew for each (38 times a run). ccv registers the one it needs, for Path (Cli),
        // and --as-of has its own; the shortest expression that excludes them all costs the least.
        System.setProperty("picocli.converters.excludes", ".*");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err, Environment.system());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
