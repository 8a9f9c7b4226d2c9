package dev.ccv.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step, run by Maven after the shade plugin (see pom.xml): rewrites the class files under a
 * prefix of a jar (picocli/) to class-file version 52 (Java 8), with stack map frames computed by
 * ASM, and leaves the content of every other entry of the jar as it was, in the same order.
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
 * <p>The jar is written anew with java.util.zip: every entry in the same order, with the same time
 * and compression method, and the same content but for the rewritten classes. The result is read
 * back before it replaces the jar.
 *
 * <p>Usage, a single-file program on ASM alone: {@code java -cp asm.jar UpgradeClassFiles.java JAR PREFIX}.
 * Exits 1 with a message on stderr if a class cannot be upgraded or the jar cannot be read.
 */
public final class UpgradeClassFiles {

    static final int TARGET_VERSION = Opcodes.V1_8; // 52

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

    static Result upgrade(Path jar, String prefix) throws IOException, UpgradeException {
        List<ZipEntry> entries = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry);
                try (InputStream in = zip.getInputStream(entry)) {
                    contents.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        Hierarchy hierarchy = new Hierarchy(name -> contents.get(name + ".class"));

        // Rewrite the classes under the prefix that are older than version 52.
        Map<String, byte[]> rewritten = new HashMap<>();
        int alreadyNew = 0;
        int matched = 0;
        for (ZipEntry entry : entries) {
            String name = entry.getName();
            if (!name.startsWith(prefix) || !name.endsWith(".class")) {
                continue;
            }
            matched++;
            byte[] original = contents.get(name);
            if (majorVersion(original, name) >= TARGET_VERSION) {
                alreadyNew++;
                continue;
            }
            rewritten.put(name, rewrite(original, name, hierarchy));
        }
        if (matched == 0) {
            throw new UpgradeException(jar + " has no class file under " + prefix + ": nothing to upgrade"
                    + " (did the shaded jar's layout or the prefix change?)");
        }
        if (rewritten.isEmpty()) {
            return new Result(0, alreadyNew, entries.size()); // the jar stays as it is, its time too
        }
        contents.putAll(rewritten);

        Path partial = jar.resolveSibling(jar.getFileName() + ".upgrading");
        try {
            write(partial, entries, contents);
            checkReadsBack(partial, entries, contents, jar);
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Result(rewritten.size(), alreadyNew, entries.size() - rewritten.size());
    }

    /** The entries in their order, each with its time, its compression method and the given content. */
    static void write(Path jar, List<ZipEntry> entries, Map<String, byte[]> contents) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (ZipEntry entry : entries) {
                byte[] content = contents.get(entry.getName());
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
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

    /** The class file of a type in the jar, by internal name, or null. */
    interface ClassBytes {
        byte[] find(String internalName);
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
                } catch (IOException e) {
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

    static int majorVersion(byte[] classFile, String entryName) throws UpgradeException {
        if (classFile.length < 8 || ByteBuffer.wrap(classFile).getInt(0) != 0xCAFEBABE) {
            throw new UpgradeException(entryName + " is not a class file");
        }
        return ByteBuffer.wrap(classFile).getShort(6) & 0xFFFF;
    }

    /** Reads the new jar back: the same entries in the same order, each with the content it was given. */
    static void checkReadsBack(Path written, List<ZipEntry> entries, Map<String, byte[]> contents, Path jar)
            throws IOException, UpgradeException {
        try (ZipFile zip = new ZipFile(written.toFile())) {
            List<? extends ZipEntry> read = Collections.list(zip.entries());
            if (!read.stream().map(ZipEntry::getName).toList().equals(entries.stream().map(ZipEntry::getName).toList())) {
                throw new UpgradeException("the rewritten jar lists other entries than " + jar);
            }
            for (ZipEntry entry : read) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!Arrays.equals(in.readAllBytes(), contents.get(entry.getName()))) {
                        throw new UpgradeException("the rewritten jar's " + entry.getName()
                                + " does not read back as written");
                    }
                }
            }
        }
    }
}
