package io.github.aimilestones.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document that records cite: a paper, an announcement, an encyclopedia article, a slide deck.
 *
 * @param id the stable id, e.g. {@code vaswani-2017-attention}
 * @param kind what kind of document it is, and so whether it is a primary source
 * @param title the title as published
 * @param authors the authors as printed
 * @param publisher the journal, conference, publisher or site, or {@code null}
 * @param published when it was published, or {@code null}
 * @param url an absolute http(s) URL without tracking parameters, or {@code null}
 * @param doi a DOI such as {@code 10.1038/323533a0}, or {@code null}
 * @param arxiv an arXiv id such as {@code 1706.03762}, or {@code null}
 * @param language the BCP 47 tag of its language, or {@code null}
 * @param accessed when the URL was last read, or {@code null}
 */
public record Source(
        @Slug String id,
        SourceKind kind,
        @NotBlank String title,
        List<@NotBlank String> authors,
        @OptionalText @Nullable String publisher,
        @Nullable PartialDate published,
        @Syntax(value = Syntax.Kind.HTTP_URL, message = "must be an absolute http or https URL")
        @Nullable String url,
        @Syntax(value = Syntax.Kind.DOI, message = "must be a DOI such as 10.1038/323533a0, without https://doi.org/")
        @Nullable String doi,
        @Syntax(value = Syntax.Kind.ARXIV_ID,
                message = "must be an arXiv id such as 1706.03762 or cs/0101001, without a version suffix")
        @Nullable String arxiv,
        @Syntax(value = Syntax.Kind.LANGUAGE_TAG, message = "must be a language tag such as en or zh")
        @Nullable String language,
        @Nullable PartialDate accessed) {

    /**
     * Requires the id, kind and title and copies the authors.
     *
     * @param id the stable id, e.g. {@code vaswani-2017-attention}
     * @param kind what kind of document it is, and so whether it is a primary source
     * @param title the title as published
     * @param authors the authors as printed
     * @param publisher the journal, conference, publisher or site, or {@code null}
     * @param published when it was published, or {@code null}
     * @param url an absolute http(s) URL without tracking parameters, or {@code null}
     * @param doi a DOI such as {@code 10.1038/323533a0}, or {@code null}
     * @param arxiv an arXiv id such as {@code 1706.03762}, or {@code null}
     * @param language the BCP 47 tag of its language, or {@code null}
     * @param accessed when the URL was last read, or {@code null}
     */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        authors = ModelLists.copy(authors, "authors");
    }
}
