package dev.ccv.cli;

import dev.ccv.model.result.ExitCode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FailureKeeping stdout = new FailureKeeping(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err, Environment.system());
        // a PrintWriter keeps write errors to itself: a closed or full standard output must not pass for a report
        if (out.checkError()) {
            err.println("ccv: cannot write to standard output (" + stdout.failure()
                    + "); what ccv printed there is incomplete");
            code = ExitCode.INVALID_INPUT.code();
        }
        err.flush();
        System.exit(code);
    }

    /** Standard output, remembering why the first write failed (the PrintWriter above it only says that one did). */
    private static final class FailureKeeping extends FilterOutputStream {

        private String failure;

        FailureKeeping(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            return e;
        }

        String failure() {
            return failure == null ? "write error" : failure;
        }
    }
}
