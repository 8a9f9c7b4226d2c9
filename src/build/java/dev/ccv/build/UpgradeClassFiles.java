package dev.ccv.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run by Maven after the shade plugin (see pom.xml): rewrites the class files under a
 * prefix of a jar (picocli/) to class-file version 52 (Java 8), with stack map frames computed by
 * ASM, and leaves every other entry of the jar as it was, byte for byte, in the same order.
 *
 * <p>Why: picocli 4.x ships Java 5 class files (major version 49). The JVM checks those with the old
 * inference verifier at every start (≈15 ms of ccv's start on JDK 17), a CDS archive cannot hold them
 * verified, and JDK 25's AOT cache leaves them out. Version 52 needs a StackMapTable in every method
 * with branches, which is what ASM computes here (COMPUTE_FRAMES); the code itself is unchanged.
 *
 * <p>Computing frames means merging types at branch joins, which needs the class hierarchy. It is
 * read from the class files themselves: the JDK's (of the JVM running this) first, as class loading
 * delegates, then the jar's. A type found in neither stops the build: it never falls back to
 * java/lang/Object, which would give frames the verifier rejects, or worse, frames it accepts but
 * that are wrong.
 *
 * <p>The jar is rewritten at the level of zip records: an unchanged entry's local header and data
 * (compressed, with any data descriptor) are copied as they are; a rewritten one gets the same
 * header fields, name, extra field and time with new data, CRC and sizes. The result is read back
 * with java.util.zip (sequentially and through the central directory) before it replaces the jar.
 *
 * <p>Usage, a single-file program on ASM alone: {@code java -cp asm.jar UpgradeClassFiles.java JAR PREFIX}.
 * Exits 1 with a message on stderr if a class cannot be upgraded or the jar cannot be read.
 */
public final class UpgradeClassFiles {

    static final int TARGET_VERSION = Opcodes.V1_8; // 52
    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    static final int DATA_DESCRIPTOR_FLAG = 0x08;
    static final int DEFLATED = 8;

    public static void main(String[] args) {
        if (args.length != 2 || !args[1].endsWith("/")) {
            System.err.println("usage: UpgradeClassFiles JAR PREFIX/   (for example target/ccv.jar picocli/)");
            System.exit(2);
        }
        try {
            Path jar = Path.of(args[0]);
            String prefix = args[1];
            long start = System.nanoTime();
            Result result = upgrade(jar, prefix);
            System.out.printf("UpgradeClassFiles: %d classes under %s in %s rewritten to class-file version %d"
                    + " (%d already at %d or newer); the other %d entries left as they were, %d ms%n",
                    result.upgraded, prefix, jar, TARGET_VERSION, result.alreadyNew, TARGET_VERSION,
                    result.unchanged, (System.nanoTime() - start) / 1_000_000);
        } catch (UpgradeException | IOException e) {
            System.err.println("UpgradeClassFiles: " + e.getMessage());
            System.exit(1);
        }
    }

    record Result(int upgraded, int alreadyNew, int unchanged) {}

    static final class UpgradeException extends Exception {
        UpgradeException(String message) {
            super(message);
        }

        UpgradeException(String message, Throwable cause) {
            super(message + ": " + cause, cause);
        }
    }

    /** One entry of the central directory, with where its record starts in the file. */
    record Entry(String name, int centralOffset, int centralLength, int localOffset, int method, int flags,
            long compressedSize) {}

    static Result upgrade(Path jar, String prefix) throws IOException, UpgradeException {
        byte[] zip = Files.readAllBytes(jar);
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfCentralDirectory(in, jar);
        int count = Short.toUnsignedInt(in.getShort(end + 10));
        long directorySize = Integer.toUnsignedLong(in.getInt(end + 12));
        long directoryOffset = Integer.toUnsignedLong(in.getInt(end + 16));
        if (Short.toUnsignedInt(in.getShort(end + 4)) != 0 || Short.toUnsignedInt(in.getShort(end + 8)) != count
                || count == 0xFFFF || directoryOffset == 0xFFFFFFFFL
                || directoryOffset + directorySize != end) {
            throw new UpgradeException(jar + ": a zip64, split or otherwise unexpected zip file; not rewritten");
        }
        List<Entry> entries = readCentralDirectory(in, (int) directoryOffset, count, jar);

        // Where each entry's local record (header, data, data descriptor) ends: the next one's start.
        int[] starts = entries.stream().mapToInt(Entry::localOffset).sorted().toArray();
        Map<Entry, Integer> recordEnd = new HashMap<>();
        for (Entry e : entries) {
            int i = Arrays.binarySearch(starts, e.localOffset);
            recordEnd.put(e, i + 1 < starts.length ? starts[i + 1] : (int) directoryOffset);
        }

        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.put(e.name, e);
        }
        Hierarchy hierarchy = new Hierarchy(name -> {
            Entry e = byName.get(name + ".class");
            return e == null ? null : content(in, e, jar);
        });

        // Rewrite the classes under the prefix that are older than version 52.
        Map<Entry, byte[]> rewritten = new HashMap<>();
        int alreadyNew = 0;
        int matched = 0;
        for (Entry e : entries) {
            if (!e.name.startsWith(prefix) || !e.name.endsWith(".class")) {
                continue;
            }
            matched++;
            byte[] original = content(in, e, jar);
            int major = majorVersion(original, e.name);
            if (major >= TARGET_VERSION) {
                alreadyNew++;
                continue;
            }
            rewritten.put(e, rewrite(original, e.name, hierarchy));
        }
        if (matched == 0) {
            throw new UpgradeException(jar + " has no class file under " + prefix + ": nothing to upgrade"
                    + " (did the shaded jar's layout or the prefix change?)");
        }
        if (rewritten.isEmpty()) {
            return new Result(0, alreadyNew, entries.size()); // the jar stays as it is, its time too
        }

        // The new jar: the same records in the same order, the rewritten ones with new data.
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + zip.length / 8);
        byte[][] newCentral = new byte[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int newOffset = out.size();
            byte[] central = Arrays.copyOfRange(zip, e.centralOffset, e.centralOffset + e.centralLength);
            ByteBuffer c = ByteBuffer.wrap(central).order(ByteOrder.LITTLE_ENDIAN);
            byte[] classFile = rewritten.get(e);
            if (classFile == null) {
                out.write(zip, e.localOffset, recordEnd.get(e) - e.localOffset);
            } else {
                byte[] deflated = deflate(classFile);
                CRC32 crc = new CRC32();
                crc.update(classFile);
                int nameAndExtra = Short.toUnsignedInt(in.getShort(e.localOffset + 26))
                        + Short.toUnsignedInt(in.getShort(e.localOffset + 28));
                byte[] local = Arrays.copyOfRange(zip, e.localOffset, e.localOffset + 30 + nameAndExtra);
                ByteBuffer l = ByteBuffer.wrap(local).order(ByteOrder.LITTLE_ENDIAN);
                // deflated (version 2.0 to extract), sizes and CRC in the header, so no data descriptor
                int needed = Math.max(Short.toUnsignedInt(l.getShort(4)), 20);
                l.putShort(4, (short) needed).putShort(6, (short) (e.flags & ~DATA_DESCRIPTOR_FLAG))
                        .putShort(8, (short) DEFLATED).putInt(14, (int) crc.getValue()).putInt(18, deflated.length)
                        .putInt(22, classFile.length);
                c.putShort(6, (short) needed).putShort(8, (short) (e.flags & ~DATA_DESCRIPTOR_FLAG))
                        .putShort(10, (short) DEFLATED).putInt(16, (int) crc.getValue()).putInt(20, deflated.length)
                        .putInt(24, classFile.length);
                out.write(local);
                out.write(deflated);
            }
            c.putInt(42, newOffset);
            newCentral[i] = central;
        }
        int newDirectoryOffset = out.size();
        for (byte[] central : newCentral) {
            out.write(central);
        }
        byte[] endRecord = Arrays.copyOfRange(zip, end, zip.length);
        ByteBuffer.wrap(endRecord).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(12, out.size() - newDirectoryOffset).putInt(16, newDirectoryOffset);
        out.write(endRecord);
        byte[] result = out.toByteArray();

        Path partial = jar.resolveSibling(jar.getFileName() + ".upgrading");
        try {
            Files.write(partial, result);
            checkReadsBack(partial, result, entries, rewritten, in, jar);
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Result(rewritten.size(), alreadyNew, entries.size() - rewritten.size());
    }

    /** The class file with version 52 and frames computed by ASM; everything else as ASM reads it. */
    static byte[] rewrite(byte[] original, String entryName, Hierarchy hierarchy) throws UpgradeException {
        try {
            ClassReader reader = new ClassReader(original);
            // No ClassReader passed to the writer: with one, ASM copies unchanged methods as they are,
            // without computing their frames.
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected String getCommonSuperClass(String type1, String type2) {
                    return hierarchy.commonSuperClass(type1, type2, entryName);
                }
            };
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                        String[] interfaces) {
                    super.visit(TARGET_VERSION, access, name, signature, superName, interfaces);
                }
            }, ClassReader.SKIP_FRAMES);
            byte[] upgraded = writer.toByteArray();
            ClassReader check = new ClassReader(upgraded);
            if (majorVersion(upgraded, entryName) != TARGET_VERSION
                    || !check.getClassName().equals(reader.getClassName())) {
                throw new UpgradeException("cannot upgrade " + entryName + ": the rewritten class file is not "
                        + reader.getClassName() + " at version " + TARGET_VERSION);
            }
            return upgraded;
        } catch (UnresolvedType e) {
            throw new UpgradeException("cannot upgrade " + entryName + ": " + e.getMessage());
        } catch (RuntimeException e) { // ASM: JSR/RET (no frames possible), malformed code, ...
            throw new UpgradeException("cannot upgrade " + entryName, e);
        }
    }

    static final class UnresolvedType extends RuntimeException {
        UnresolvedType(String message) {
            super(message);
        }
    }

    interface ClassBytes {
        byte[] find(String internalName) throws UpgradeException;
    }

    /** The class hierarchy, read from class files: the JDK's, then the jar's (as class loading delegates). */
    static final class Hierarchy {
        record Type(String superName, List<String> interfaces, boolean isInterface) {}

        private final ClassBytes jar;
        private final Map<String, Type> types = new HashMap<>();

        Hierarchy(ClassBytes jar) {
            this.jar = jar;
        }

        String commonSuperClass(String type1, String type2, String entryName) {
            if (isSubtype(type2, type1, entryName)) {
                return type1;
            }
            if (isSubtype(type1, type2, entryName)) {
                return type2;
            }
            if (type(type1, entryName).isInterface || type(type2, entryName).isInterface) {
                return "java/lang/Object"; // what the verifier makes of any interface
            }
            String common = type1;
            do {
                common = type(common, entryName).superName;
            } while (!isSubtype(type2, common, entryName));
            return common;
        }

        private boolean isSubtype(String sub, String sup, String entryName) {
            if (sub.equals(sup)) {
                return true;
            }
            Type type = type(sub, entryName);
            if (type.superName != null && isSubtype(type.superName, sup, entryName)) {
                return true;
            }
            for (String i : type.interfaces) {
                if (isSubtype(i, sup, entryName)) {
                    return true;
                }
            }
            return false;
        }

        private Type type(String name, String entryName) {
            Type type = types.get(name);
            if (type == null) {
                byte[] bytes;
                try {
                    bytes = jdkClass(name);
                    if (bytes == null) {
                        bytes = jar.find(name);
                    }
                } catch (IOException | UpgradeException e) {
                    throw new UnresolvedType("cannot read the class file of " + name + ": " + e.getMessage());
                }
                if (bytes == null) {
                    throw new UnresolvedType("its stack map frames need the type " + name
                            + ", which is neither in the JDK nor in the jar");
                }
                ClassReader reader = new ClassReader(bytes);
                type = new Type(reader.getSuperName(), List.of(reader.getInterfaces()),
                        (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
                types.put(name, type);
            }
            return type;
        }

        private static byte[] jdkClass(String name) throws IOException {
            try (InputStream stream = ClassLoader.getPlatformClassLoader().getResourceAsStream(name + ".class")) {
                return stream == null ? null : stream.readAllBytes();
            }
        }
    }

    static int findEndOfCentralDirectory(ByteBuffer in, Path jar) throws UpgradeException {
        for (int at = in.limit() - 22; at >= Math.max(0, in.limit() - 22 - 0xFFFF); at--) {
            if (in.getInt(at) == END_OF_CENTRAL_DIRECTORY
                    && at + 22 + Short.toUnsignedInt(in.getShort(at + 20)) == in.limit()) {
                return at;
            }
        }
        throw new UpgradeException(jar + " is not a zip file (no end of central directory record)");
    }

    static List<Entry> readCentralDirectory(ByteBuffer in, int offset, int count, Path jar) throws UpgradeException {
        List<Entry> entries = new ArrayList<>(count);
        int at = offset;
        for (int i = 0; i < count; i++) {
            if (in.getInt(at) != CENTRAL_HEADER) {
                throw new UpgradeException(jar + ": central directory record " + i + " is damaged");
            }
            int flags = Short.toUnsignedInt(in.getShort(at + 8));
            int method = Short.toUnsignedInt(in.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(in.getInt(at + 20));
            int nameLength = Short.toUnsignedInt(in.getShort(at + 28));
            int length = 46 + nameLength + Short.toUnsignedInt(in.getShort(at + 30))
                    + Short.toUnsignedInt(in.getShort(at + 32));
            long local = Integer.toUnsignedLong(in.getInt(at + 42));
            byte[] name = new byte[nameLength];
            in.get(at + 46, name);
            if (compressed == 0xFFFFFFFFL || local == 0xFFFFFFFFL || local >= offset
                    || in.getInt((int) local) != LOCAL_HEADER) {
                throw new UpgradeException(jar + ": entry " + new String(name, StandardCharsets.UTF_8)
                        + " is zip64 or its local header is damaged");
            }
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), at, length, (int) local,
                    method, flags, compressed));
            at += length;
        }
        return entries;
    }

    /** An entry's uncompressed content. */
    static byte[] content(ByteBuffer in, Entry e, Path jar) throws UpgradeException {
        int dataStart = e.localOffset + 30 + Short.toUnsignedInt(in.getShort(e.localOffset + 26))
                + Short.toUnsignedInt(in.getShort(e.localOffset + 28));
        byte[] data = new byte[(int) e.compressedSize];
        in.get(dataStart, data);
        if (e.method == 0) {
            return data;
        }
        if (e.method != DEFLATED) {
            throw new UpgradeException(jar + ": entry " + e.name + " uses compression method " + e.method);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3);
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UpgradeException(jar + ": entry " + e.name + " is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException ex) {
            throw new UpgradeException(jar + ": entry " + e.name + " cannot be inflated", ex);
        } finally {
            inflater.end();
        }
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static int majorVersion(byte[] classFile, String entryName) throws UpgradeException {
        if (classFile.length < 8 || ByteBuffer.wrap(classFile).getInt(0) != 0xCAFEBABE) {
            throw new UpgradeException(entryName + " is not a class file");
        }
        return ByteBuffer.wrap(classFile).getShort(6) & 0xFFFF;
    }

    /**
     * Reads the new jar back with java.util.zip, through its local headers (checking every CRC) and
     * through its central directory: the same entries in the same order, the rewritten classes with
     * their new content, every other entry with its old CRC.
     */
    static void checkReadsBack(Path written, byte[] result, List<Entry> entries, Map<Entry, byte[]> rewritten,
            ByteBuffer in, Path jar) throws IOException, UpgradeException {
        int i = 0;
        try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(result))) {
            for (ZipEntry read; (read = stream.getNextEntry()) != null; i++) {
                Entry e = i < entries.size() ? entries.get(i) : null;
                if (e == null || !read.getName().equals(e.name)) {
                    throw new UpgradeException("the rewritten jar has " + read.getName() + " where " + jar + " has "
                            + (e == null ? "no more entries" : e.name));
                }
                // ZipInputStream checks each entry's CRC; an unchanged entry must have its old one.
                byte[] content = stream.readAllBytes();
                byte[] upgraded = rewritten.get(e);
                boolean same = upgraded == null
                        ? read.getCrc() == Integer.toUnsignedLong(in.getInt(e.centralOffset + 16))
                        : Arrays.equals(content, upgraded);
                if (!same) {
                    throw new UpgradeException("the rewritten jar's " + e.name + " does not read back as written");
                }
            }
        }
        if (i != entries.size()) {
            throw new UpgradeException("the rewritten jar reads back with " + i + " of " + entries.size() + " entries");
        }
        try (ZipFile zipFile = new ZipFile(written.toFile())) {
            List<String> names = zipFile.stream().map(ZipEntry::getName).toList();
            if (!names.equals(entries.stream().map(Entry::name).toList())) {
                throw new UpgradeException("the rewritten jar's central directory lists other entries than " + jar);
            }
        }
    }
}
