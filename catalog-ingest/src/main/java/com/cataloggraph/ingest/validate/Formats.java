package com.cataloggraph.ingest.validate;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Backstage's field formats ({@code packages/catalog-model/src/validation}), each with the sentence
 * that tells an author what was expected.
 */
final class Formats {

    static final String NAME = "1-63 characters of a-z, A-Z, 0-9, '-', '_' and '.', starting and ending with a "
            + "letter or digit";
    static final String NAMESPACE = "1-63 lowercase letters and digits, words joined by '-' (a DNS label)";
    static final String KIND = "1-63 letters and digits, starting with a letter";
    static final String API_VERSION = "<group>/<version> such as backstage.io/v1alpha1: a DNS-name group and a version "
            + "of 1-63 letters and digits";
    static final String KEY = "an optional DNS-name prefix and '/', then a name of " + NAME;
    static final String TAG = "1-63 characters of a-z, 0-9, ':', '+' and '#', words joined by single '-'";

    private static final Pattern NAME_PATTERN = Pattern.compile("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$");
    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]+(-+[a-z0-9]+)*$");
    private static final Pattern KIND_PATTERN = Pattern.compile("^[a-zA-Z][a-z0-9A-Z]*$");
    private static final Pattern VERSION = Pattern.compile("^[a-z0-9A-Z]+$");
    private static final Pattern TAG_PATTERN = Pattern.compile("^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$");

    private Formats() {
    }

    static boolean isName(String value) {
        return length(value, 63) && NAME_PATTERN.matcher(value).matches();
    }

    static boolean isNamespace(String value) {
        return isDnsLabel(value);
    }

    static boolean isKind(String value) {
        return length(value, 63) && KIND_PATTERN.matcher(value).matches();
    }

    static boolean isApiVersion(String value) {
        return prefixed(value, Formats::isDnsSubdomain, v -> length(v, 63) && VERSION.matcher(v).matches());
    }

    /** Label and annotation keys: {@code [prefix/]name}. */
    static boolean isKey(String value) {
        return prefixed(value, Formats::isDnsSubdomain, Formats::isName);
    }

    static boolean isLabelValue(String value) {
        return value.isEmpty() || isName(value);
    }

    static boolean isTag(String value) {
        return length(value, 63) && TAG_PATTERN.matcher(value).matches();
    }

    /** An absolute URL, as JavaScript's {@code new URL(value)} accepts it (Backstage's {@code isValidUrl}). */
    static boolean isAbsoluteUrl(String value) {
        return WhatwgUrl.isValid(value);
    }

    private static boolean isDnsLabel(String value) {
        return length(value, 63) && DNS_LABEL.matcher(value).matches();
    }

    private static boolean isDnsSubdomain(String value) {
        if (!length(value, 253)) {
            return false;
        }
        for (String label : value.split("\\.", -1)) {
            if (!isDnsLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean prefixed(String value, Predicate<String> prefix, Predicate<String> suffix) {
        String[] parts = value.split("/", -1);
        return switch (parts.length) {
            case 1 -> suffix.test(parts[0]);
            case 2 -> prefix.test(parts[0]) && suffix.test(parts[1]);
            default -> false;
        };
    }

    private static boolean length(String value, int max) {
        return value != null && !value.isEmpty() && value.length() <= max;
    }
}
