package dev.ccv.loading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the YAML files of one class-path directory, wherever it lives: a directory while testing
 * ({@code file:} URLs), inside the application jar when installed ({@code jar:} URLs).
 */
final class ClasspathResources {

    /** One YAML file: its name in the directory and its text. */
    record Resource(String name, String text) {
    }

    private ClasspathResources() {
    }

    /**
     * The loader that finds the resources packed with {@code type}. {@code ./ccv} puts the jar on the
     * boot class path (start-up time; see the launcher), where a class has no loader of its own: then
     * the platform loader, which asks the boot loader first and, unlike the system loader, never
     * looks in the current directory.
     */
    static ClassLoader loaderOf(Class<?> type) {
        ClassLoader own = type.getClassLoader();
        return own != null ? own : ClassLoader.getPlatformClassLoader();
    }

    /** Every {@code *.yaml} directly in {@code directory}, sorted by name (the first on the class path wins). */
    static List<Resource> yamlFiles(ClassLoader loader, String directory) {
        List<Resource> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(directory))) {
                List<Resource> here = "jar".equals(url.getProtocol()) ? fromJar(url, directory) : fromDirectory(url);
                here.stream().filter(r -> found.stream().noneMatch(f -> f.name().equals(r.name()))).forEach(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Resource::name));
        return found;
    }

    private static List<Resource> fromDirectory(URL url) throws IOException {
        Path directory;
        try {
            directory = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot read class-path directory " + url, e);
        }
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                resources.add(new Resource(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return resources;
    }

    private static List<Resource> fromJar(URL url, String directory) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        List<Resource> resources = new ArrayList<>();
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            String prefix = directory + "/";
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".yaml") && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        resources.add(new Resource(name.substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return resources;
    }
}
