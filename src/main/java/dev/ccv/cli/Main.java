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
        // picocli registers converters for java.sql and java.time types by reflection in every command
        // line it builds; ccv's options use none of them (--as-of has its own), so skip that start-up work
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
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
