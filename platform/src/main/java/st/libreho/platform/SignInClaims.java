package st.libreho.platform;

/**
 * What an identity provider says about a person when they sign in or call the API.
 *
 * @param subject the provider's stable identifier for the person (the {@code sub} claim)
 * @param displayName the name to show; falls back to the subject when the provider gives none
 * @param email the e-mail address, if the provider shares one
 * @param emailVerified whether the provider says it verified that address
 * @param preferredLanguage a BCP 47 language tag, if the provider shares one
 */
public record SignInClaims(String subject, String displayName, String email, boolean emailVerified,
        String preferredLanguage) {
}
