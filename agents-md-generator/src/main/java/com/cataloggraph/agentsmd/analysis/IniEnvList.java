package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;

/** The {@code envlist} of a {@code tox.ini} {@code [tox]} section, continuation lines included. */
final class IniEnvList {

    private IniEnvList() {
    }

    static List<String> envList(String ini) {
        List<String> envs = new ArrayList<>();
        boolean inTox = false;
        boolean inList = false;
        for (String line : ini.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("[")) {
                inTox = stripped.equals("[tox]");
                inList = false;
                continue;
            }
            if (!inTox || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            boolean continuation = inList && !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            int eq = stripped.indexOf('=');
            if (!continuation && eq > 0) {
                String key = stripped.substring(0, eq).strip();
                inList = key.equals("envlist") || key.equals("env_list");
                if (inList) {
                    addAll(envs, stripped.substring(eq + 1));
                }
            } else if (continuation) {
                addAll(envs, stripped);
            } else {
                inList = false;
            }
        }
        return envs;
    }

    private static void addAll(List<String> envs, String values) {
        // Factor expressions such as py{311,312} contain commas inside braces: keep them whole.
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : values.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if ((c == ',' || Character.isWhitespace(c)) && depth == 0) {
                add(envs, current);
            } else {
                current.append(c);
            }
        }
        add(envs, current);
    }

    private static void add(List<String> envs, StringBuilder current) {
        String env = current.toString().strip();
        if (!env.isEmpty()) {
            envs.add(env);
        }
        current.setLength(0);
    }
}
