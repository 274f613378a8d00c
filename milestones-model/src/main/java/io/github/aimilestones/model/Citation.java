package io.github.aimilestones.model;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reference from a record to a source, saying which claims of the record the source supports.
 *
 * @param source the id of the source
 * @param supports the claims the source supports, at least one
 * @param locator where in the source: page, section, figure or timestamp; may be {@code null}
 * @param quote a short quote from the source; may be {@code null}
 */
public record Citation(@Slug String source, @NotEmpty List<Claim> supports, @OptionalText @Nullable String locator,
        @OptionalText @Nullable String quote) {

    /**
     * Requires the source id and copies the claims.
     *
     * @param source the id of the source
     * @param supports the claims the source supports, at least one
     * @param locator where in the source: page, section, figure or timestamp; may be {@code null}
     * @param quote a short quote from the source; may be {@code null}
     */
    public Citation {
        Objects.requireNonNull(source, "source");
        supports = ModelLists.copy(supports, "supports");
    }

    /**
     * A citation without locator or quote.
     *
     * @param source the id of the source
     * @param supports the claims it supports
     * @return the citation
     */
    public static Citation of(String source, Claim... supports) {
        return new Citation(source, List.of(supports), null, null);
    }

    /**
     * Whether this citation supports the given claim.
     *
     * @param claim a kind of claim
     * @return true if it is among {@link #supports()}
     */
    public boolean supports(Claim claim) {
        return supports.contains(claim);
    }
}
