package st.libreho.directory.internal.interop;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Tells the Internet's public addresses from those of the server's own networks, so that a delegate's URL cannot make
 * the directory fetch from itself, its database, a cloud metadata service or anything else behind the firewall.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? isPublicIpv4(bytes, 0) : isPublicIpv6(bytes);
    }

    private static boolean isPublicIpv6(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7, unique local: IPv6's private networks (Java's site-local is the older fec0::/10)
        }
        // the forms that carry an IPv4 address, which a gateway may deliver to that address
        if (allZero(bytes, 0, 12)) {
            return isPublicIpv4(bytes, 12); // ::a.b.c.d, IPv4-compatible
        }
        if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && allZero(bytes, 4, 12)) {
            return isPublicIpv4(bytes, 12); // 64:ff9b::/96, NAT64
        }
        if (first == 0x20 && second == 0x02) {
            return isPublicIpv4(bytes, 2); // 2002::/16, 6to4
        }
        return true;
    }

    private static boolean isPublicIpv4(byte[] bytes, int offset) {
        int first = bytes[offset] & 0xff;
        int second = bytes[offset + 1] & 0xff;
        int third = bytes[offset + 2] & 0xff;
        return !(first == 0 // "this network"
                || first == 10
                || first == 127
                || first == 100 && (second & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
                || first == 169 && second == 254 // link-local, where cloud metadata services answer
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168
                || first == 192 && second == 0 && third == 0 // IETF protocol assignments
                || first == 198 && (second & 0xfe) == 18 // benchmarking
                || first >= 224); // multicast, reserved and broadcast
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
