package st.libreho.directory.internal.observations;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made for the tests: a test authority that the checker is told to trust, and server certificates it
 * signs (valid for localhost and 127.0.0.1, expired, for another name) or that sign themselves.
 */
final class TestCertificates {

    /** A certificate with its key and the chain to send. */
    record Identity(X509Certificate certificate, PrivateKey key, X509Certificate[] chain) {

        /** A server-side TLS context presenting this identity. */
        SSLContext serverContext() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("server", key, PASSWORD, chain);
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PASSWORD);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Instant notAfter() {
            return certificate.getNotAfter().toInstant();
        }
    }

    private static final X500Name AUTHORITY = new X500Name("CN=Librehosters Test CA");
    private static final char[] PASSWORD = "test".toCharArray();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final Identity authority;

    TestCertificates() {
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        X509Certificate certificate = sign(AUTHORITY, keys, AUTHORITY, keys.getPrivate(), now.minus(Duration.ofDays(
                1)), now.plus(Duration.ofDays(3650)), true);
        this.authority = new Identity(certificate, keys.getPrivate(), new X509Certificate[] { certificate });
    }

    /** A server certificate from the test authority for these DNS names (and 127.0.0.1), valid in that period. */
    Identity server(Instant notBefore, Instant notAfter, String... names) {
        KeyPair keys = keyPair();
        X509Certificate certificate = sign(new X500Name("CN=" + names[0]), keys, AUTHORITY, authority.key(),
                notBefore, notAfter, false, names);
        return new Identity(certificate, keys.getPrivate(), new X509Certificate[] { certificate, authority
                .certificate() });
    }

    /** A certificate for localhost valid for a year, signed by itself rather than by the test authority. */
    Identity selfSigned() {
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=localhost");
        X509Certificate certificate = sign(name, keys, name, keys.getPrivate(), now.minus(Duration.ofDays(1)), now
                .plus(Duration.ofDays(365)), false, "localhost");
        return new Identity(certificate, keys.getPrivate(), new X509Certificate[] { certificate });
    }

    /** A trust manager that trusts the test authority only, as TrustManagerFactory makes them. */
    X509ExtendedTrustManager trust() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", authority.certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X.509 trust manager");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
            Instant notBefore, Instant notAfter, boolean authority, String... names) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS
                    .incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, authority
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature));
            if (names.length > 0) {
                GeneralName[] alternatives = new GeneralName[names.length + 1];
                for (int i = 0; i < names.length; i++) {
                    alternatives[i] = new GeneralName(GeneralName.dNSName, names[i]);
                }
                alternatives[names.length] = new GeneralName(GeneralName.iPAddress, names[0].equals("localhost")
                        ? "127.0.0.1"
                        : "192.0.2.1");
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(
                    "SHA256withECDSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
