package st.libreho.registry.internal.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

import st.libreho.registry.ConfigurationFile;

/** What the registry's page tests share: finding forms and buttons, and making and reading archives. */
final class RegistryWeb {

    private RegistryWeb() {
    }

    static HtmlForm form(HtmlPage page, String action) {
        HtmlForm form = page.getFirstByXPath("//form[@method='post' and @action='" + action + "']");
        assertNotNull(form, "no form posting to " + action + " on " + page.getUrl() + ":\n"
                + page.asNormalizedText());
        return form;
    }

    /** Clicks the form's button with this value (or its only submit button when {@code value} is null). */
    static <P extends org.htmlunit.Page> P press(HtmlForm form, String value) throws IOException {
        HtmlButton button = value == null ? form.getFirstByXPath(".//button[@type='submit' or not(@type)]")
                : form.getFirstByXPath(".//button[@value='" + value + "']");
        assertNotNull(button, "no button " + value);
        return button.click();
    }

    /** A tar.gz of the files under one top folder, as a release archive usually comes. */
    static byte[] tarGz(String folder, List<ConfigurationFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes), "UTF-8")) {
            for (ConfigurationFile file : files) {
                byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(folder + "/" + file.path());
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, String> untarGz(byte[] archive) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
