package st.libreho.directory;

import java.util.List;

/**
 * Whether an SPDX licence expression is valid and, if so, whether it is free software: every licence it needs is OSI
 * approved or FSF libre by the SPDX licence list the directory ships. {@code A OR B} is free when one choice is,
 * {@code A AND B} when both are, and {@code WITH} a listed exception keeps the licence's freedom.
 *
 * @param valid whether the expression is a valid SPDX licence expression
 * @param free whether it is free software (never true when it is not valid)
 * @param nonFree the licence, exception or addition ids that keep it from being free, as the SPDX list spells them,
 *        in the order they appear; empty when it is free or not valid
 * @param reason why it is refused, in plain English and naming those ids, for example "SSPL-1.0 is neither OSI
 *        approved nor FSF libre"; empty when it is free
 */
public record LicenceVerdict(boolean valid, boolean free, List<String> nonFree, String reason) {

    public LicenceVerdict {
        nonFree = List.copyOf(nonFree);
    }
}
