package dev.ccv.batch;

import dev.ccv.files.TemporaryFiles;
import dev.ccv.model.portfolio.BundleOutcome;
import dev.ccv.model.portfolio.EvaluatedBundle;
import dev.ccv.model.result.ExitCode;
import dev.ccv.model.result.Mode;
import dev.ccv.model.result.Summary;
import dev.ccv.model.result.Verdict;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The outcomes of a batch, in the order they arrive, kept in a private temporary file instead of
 * in memory, so that a run of any size holds only the few that are being written; each summary
 * format reads them back (as often as it needs) once the run is over. Closing removes the file,
 * and so does the end of the JVM should the run be stopped.
 */
public final class OutcomeSpool implements AutoCloseable, Iterable<BundleOutcome> {

    private final Path file;
    private final DataOutputStream out;
    private int count;

    private OutcomeSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    public static OutcomeSpool create() {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path file = posix
                    ? Files.createTempFile("ccv-batch-", ".spool",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile("ccv-batch-", ".spool");
            if (!TemporaryFiles.registerKept(file)) {
                Files.deleteIfExists(file);
                throw new IOException("the run is being stopped");
            }
            return new OutcomeSpool(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(BundleOutcome outcome) {
        try {
            write(outcome);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the outcomes are kept, for tests that check it is gone. */
    Path file() {
        return file;
    }

    public int size() {
        return count;
    }

    /** The outcomes added so far, read back from the file in the order they were added. */
    @Override
    public Iterator<BundleOutcome> iterator() {
        try {
            out.flush();
            return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file))), count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is removed all the same
        }
        TemporaryFiles.remove(file);
    }

    private void write(BundleOutcome outcome) throws IOException {
        string(outcome.path());
        string(outcome.name());
        out.writeByte(outcome.exitCode().ordinal());
        out.writeBoolean(outcome.evaluated().isPresent());
        if (outcome.evaluated().isPresent()) {
            EvaluatedBundle evaluated = outcome.evaluated().get();
            string(evaluated.partner());
            string(evaluated.checklistId());
            string(evaluated.checklistVersion());
            out.writeByte(evaluated.mode().ordinal());
            string(evaluated.asOf().toString());
            out.writeByte(evaluated.verdict().ordinal());
            Summary s = evaluated.summary();
            for (int value : new int[] {s.items(), s.met(), s.unmet(), s.notApplicable(), s.criticalOpen(),
                    s.criticalRemediated(), s.criticalUnremediable(), s.observations()}) {
                out.writeInt(value);
            }
        }
        out.writeInt(outcome.problems().size());
        for (String problem : outcome.problems()) {
            string(problem);
        }
    }

    private void string(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads back the outcomes; the last one read closes the file. */
    private static final class Reader implements Iterator<BundleOutcome> {

        private final DataInputStream in;
        private int left;

        Reader(DataInputStream in, int count) {
            this.in = in;
            this.left = count;
            closeIfDone();
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public BundleOutcome next() {
            if (left == 0) {
                throw new NoSuchElementException();
            }
            try {
                BundleOutcome outcome = read();
                left--;
                closeIfDone();
                return outcome;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private BundleOutcome read() throws IOException {
            String path = string();
            String name = string();
            ExitCode exitCode = ExitCode.values()[in.readByte()];
            Optional<EvaluatedBundle> evaluated = Optional.empty();
            if (in.readBoolean()) {
                String partner = string();
                String checklistId = string();
                String checklistVersion = string();
                Mode mode = Mode.values()[in.readByte()];
                LocalDate asOf = LocalDate.parse(string());
                Verdict verdict = Verdict.values()[in.readByte()];
                Summary summary = new Summary(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                        in.readInt(), in.readInt(), in.readInt());
                evaluated = Optional.of(new EvaluatedBundle(partner, checklistId, checklistVersion, mode, asOf,
                        verdict, summary));
            }
            int problemCount = in.readInt();
            List<String> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(string());
            }
            return new BundleOutcome(path, name, exitCode, evaluated, problems);
        }

        private String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private void closeIfDone() {
            if (left == 0) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read to the end already
                }
            }
        }
    }
}
