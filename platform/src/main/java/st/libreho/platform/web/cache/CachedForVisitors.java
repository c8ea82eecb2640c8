package st.libreho.platform.web.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public GET resource method whose rendering for a visitor who is not signed in may be kept and served again
 * to every such visitor, until a module reports a change of public content ({@link PublicContent#changed()}). The
 * rendering is kept per address, language and Accept header, answers a strong ETag, and a 304 to a matching
 * If-None-Match. Signed-in people always get their own rendering. See ADR 0009.
 * <p>
 * Put it only on a method whose anonymous answer depends on nothing but the address, the language and the data
 * behind {@link PublicContent}: no time of day, no random value, no per-visitor token (a CSRF token, for example).
 */
@NameBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedForVisitors {

    /**
     * How long a browser or a shared proxy may reuse the answer without asking again, in seconds. Pages use 0
     * (always revalidate, cheaply, with the ETag); machine-readable formats may allow a short time.
     */
    int maxAgeSeconds() default 0;
}
