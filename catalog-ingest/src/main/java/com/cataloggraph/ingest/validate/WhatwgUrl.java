package com.cataloggraph.ingest.validate;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Whether JavaScript's {@code new URL(value)} (the WHATWG URL Standard's basic URL parser, no base)
 * accepts a string, which is how Backstage checks {@code metadata.links[].url}. Only the verdict
 * matters, so this follows the parser's failure points and nothing else: a scheme is required; a
 * special scheme ({@code http}, {@code https}, {@code ws}, {@code wss}, {@code ftp}) needs a
 * non-empty host without forbidden code points, a valid IPv4 address when the host ends in a
 * number, and a port of at most 65535; anything may follow in the path, query and fragment (spaces
 * and {@code ${{ }}} included, the parser percent-encodes them).
 */
final class WhatwgUrl {

    private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp", "file");
    /** The standard's forbidden host code points ({@code %} is allowed in opaque hosts). */
    private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

    private WhatwgUrl() {
    }

    static boolean isValid(String input) {
        String value = strip(input);
        int colon = schemeEnd(value);
        if (colon < 0) {
            return false;
        }
        String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = value.substring(colon + 1);
        if (SPECIAL.contains(scheme)) {
            return special(scheme, rest);
        }
        return !rest.startsWith("//") || authority(rest.substring(2), false, "/?#");
    }

    /** Leading and trailing C0 controls and spaces are dropped, tabs and newlines anywhere removed. */
    private static String strip(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the colon ending a valid scheme, or -1. */
    private static int schemeEnd(String value) {
        if (value.isEmpty() || !isAsciiAlpha(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean special(String scheme, String rest) {
        if (scheme.equals("file")) {
            return fileHost(rest);
        }
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == '/' || rest.charAt(start) == '\\')) {
            start++;
        }
        return authority(rest.substring(start), true, "/\\?#");
    }

    /** {@code file:} has a host only after two slashes, may leave it empty, and has no port or user. */
    private static boolean fileHost(String rest) {
        if (rest.length() < 2 || "/\\".indexOf(rest.charAt(0)) < 0 || "/\\".indexOf(rest.charAt(1)) < 0) {
            return true;
        }
        int end = 2;
        while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(2, end);
        return host.isEmpty() || host.startsWith("[") && host.endsWith("]")
                ? host.isEmpty() || isIpv6(host.substring(1, host.length() - 1)) : domain(host);
    }

    private static boolean authority(String rest, boolean special, String delimiters) {
        int end = 0;
        while (end < rest.length() && delimiters.indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.contains("@") && hostAndPort.isEmpty()) {
            return false;
        }
        String host;
        String port;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = hostAndPort.substring(0, close + 1);
            String after = hostAndPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return false;
            }
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int portColon = hostAndPort.indexOf(':');
            host = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
            port = portColon < 0 ? "" : hostAndPort.substring(portColon + 1);
        }
        if (!validPort(port)) {
            return false;
        }
        if (host.isEmpty()) {
            return !special;
        }
        if (host.startsWith("[")) {
            return isIpv6(host.substring(1, host.length() - 1));
        }
        return special ? domain(host) : opaqueHost(host);
    }

    private static boolean validPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        String digits = port.replaceFirst("^0+(?=.)", "");
        return digits.length() <= 5 && Integer.parseInt(digits) <= 65535;
    }

    private static boolean opaqueHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (FORBIDDEN_HOST.indexOf(host.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A special URL's host: percent-decoded, mapped to ASCII, free of forbidden domain code points. */
    private static boolean domain(String host) {
        String decoded = percentDecode(host);
        String ascii = toAscii(decoded);
        if (ascii == null) {
            return false;
        }
        if (ascii.isEmpty()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x1f || c == '%' || c == 0x7f || FORBIDDEN_HOST.indexOf(c) >= 0) {
                return false;
            }
        }
        return !endsInANumber(ascii) || isIpv4(ascii);
    }

    /** Domain to ASCII, label by label (empty labels stay, as UTS 46 keeps them); null when a label cannot be. */
    private static String toAscii(String domain) {
        if (domain.chars().allMatch(c -> c < 0x80)) {
            return domain.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        for (String label : domain.split("[.\u3002\uff0e\uff61]", -1)) {
            try {
                out.append(label.isEmpty() ? "" : IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT))
                        .append('.');
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static boolean endsInANumber(String host) {
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (parts.length == 1) {
                return false;
            }
            last--;
        }
        String part = parts[last];
        return !part.isEmpty() && (part.chars().allMatch(c -> c >= '0' && c <= '9') || ipv4Number(part) >= 0);
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts.length;
        if (parts[count - 1].isEmpty() && count > 1) {
            count--;
        }
        if (count > 4) {
            return false;
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = ipv4Number(parts[i]);
            if (numbers[i] < 0) {
                return false;
            }
        }
        for (int i = 0; i < count - 1; i++) {
            if (numbers[i] > 255) {
                return false;
            }
        }
        return numbers[count - 1] < Math.pow(256, 5 - count);
    }

    /** A part of an IPv4 address in decimal, {@code 0x} hex or leading-zero octal; -1 when it is none. */
    private static long ipv4Number(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0 || digits.charAt(i) > 'z') {
                return -1;
            }
            value = Math.min(value * radix + digit, 1L << 40);
        }
        return value;
    }

    /** An IPv6 address as the standard's parser reads it (hex pieces, one {@code ::}, an IPv4 tail). */
    private static boolean isIpv6(String address) {
        if (address.isEmpty()) {
            return false;
        }
        int compress = address.indexOf("::");
        if (compress >= 0 && address.indexOf("::", compress + 1) >= 0) {
            return false;
        }
        String[] halves = compress >= 0 ? new String[] {address.substring(0, compress), address.substring(compress + 2)}
                : new String[] {address};
        int pieces = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] groups = halves[h].split(":", -1);
            for (int g = 0; g < groups.length; g++) {
                String group = groups[g];
                boolean last = h == halves.length - 1 && g == groups.length - 1;
                if (last && group.contains(".")) {
                    if (!dottedQuad(group)) {
                        return false;
                    }
                    pieces += 2;
                } else if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    return false;
                } else {
                    pieces++;
                }
            }
        }
        return compress >= 0 ? pieces <= 7 : pieces == 8;
    }

    private static boolean dottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || part.length() > 1 && part.startsWith("0") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
