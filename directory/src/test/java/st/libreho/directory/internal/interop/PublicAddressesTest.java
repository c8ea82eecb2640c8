package st.libreho.directory.internal.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "0.1.2.3", "10.0.0.1", "10.255.1.1",
            "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.254", "169.254.169.254",
            "192.0.0.8", "198.18.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "fe80::1",
            "fec0::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::10.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1" })
    void privateAndLocalAddressesAreNotPublic(String address) throws Exception {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.1.1.1", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "192.0.2.1", "223.255.255.255", "2001:4860:4860::8888", "2a01:4f8::1",
            "::ffff:1.1.1.1", "64:ff9b::101:101", "2002:0101:0101::1" })
    void addressesOnTheInternetArePublic(String address) throws Exception {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }
}
