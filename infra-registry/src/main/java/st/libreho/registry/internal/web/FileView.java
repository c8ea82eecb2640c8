package st.libreho.registry.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;
import st.libreho.registry.ConfigurationFile;

/**
 * A version's file as its page shows it: numbered, split into lines (each with an anchor, so that a finding's line can
 * be linked), and with the language the page's small highlighter colours it as. Without JavaScript the lines are plain
 * text; the language only names a CSS class and a data attribute.
 *
 * @param language {@code yaml}, {@code env}, {@code shell}, {@code json}, {@code conf} (comments with #) or
 *        {@code text}
 */
@TemplateData
public record FileView(int number, String path, String language, List<String> lines) {

    static List<FileView> of(List<ConfigurationFile> files) {
        List<FileView> views = new ArrayList<>();
        for (ConfigurationFile file : files) {
            views.add(new FileView(views.size() + 1, file.path(), languageOf(file.path(), file.content()),
                    lines(file.content())));
        }
        return views;
    }

    /** The anchor of one of its lines: {@code f2-L14}. */
    public String lineId(int line) {
        return "f" + number + "-L" + line;
    }

    /** The file's lines, without their line ends; a final line end makes no empty last line. */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                lines.add(withoutReturn(content.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < content.length()) {
            lines.add(withoutReturn(content.substring(start)));
        }
        return lines;
    }

    private static String withoutReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    static String languageOf(String path, String content) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            return "yaml";
        }
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env") || name.startsWith("env.")) {
            return "env";
        }
        if (name.endsWith(".sh") || name.endsWith(".bash") || content.startsWith("#!/bin/sh")
                || content.startsWith("#!/bin/bash") || content.startsWith("#!/usr/bin/env bash")) {
            return "shell";
        }
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".conf") || name.endsWith(".cfg") || name.endsWith(".ini") || name.endsWith(".toml")
                || name.endsWith(".nix") || name.equals("dockerfile") || name.endsWith(".tf")) {
            return "conf";
        }
        return "text";
    }
}
