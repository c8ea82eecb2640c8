package st.libreho.registry.internal.checks;

import java.util.List;

import st.libreho.registry.ConfigurationFile;

/** Files of one megabyte-long line made of what the checks look for, repeated without ever completing it. */
final class Pathological {

    private static final int MEGABYTE = 1 << 20;

    private Pathological() {
    }

    static List<ConfigurationFile> files() {
        return List.of(
                file("letters.txt", "", "a"),
                file("jwt.txt", "", "eyJ"),
                file("jwt-dots.txt", "", "eyJabcdefghijk."),
                file("dollars.yml", "", "${"),
                file("nested.yml", "", "${A:-"),
                file("json.json", "", "\"a\":\""),
                file("assignment.env", "DB_PASSWORD=", "Ab1"),
                file("pem.txt", "-----BEGIN PRIVATE KEY-----\n", "A"),
                file("pem-headers.txt", "-----BEGIN PRIVATE KEY-----\n", "Proc-Type: x\\n"),
                file("templates.j2", "", "{{ a"),
                file("dunders.txt", "", "__A"),
                file("matrix.txt", "", "syt_a_"),
                file("urls.txt", "", "https://user:"),
                file("aws.txt", "", "aws_secret"),
                file("compose.yml", "services:\n  app:\n    environment:\n", "      - A\n"),
                file("quotes.env", "KEY=\"", "\\\""));
    }

    private static ConfigurationFile file(String path, String start, String repeated) {
        return new ConfigurationFile(path, start + repeated.repeat(MEGABYTE / repeated.length()));
    }
}
