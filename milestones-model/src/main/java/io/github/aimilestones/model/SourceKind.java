package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of document a source is; the first eight kinds are primary sources. */
public enum SourceKind {
    /** A paper in a journal, proceedings or on arXiv. */
    PAPER,
    /** A book. */
    BOOK,
    /** A technical report or white paper. */
    REPORT,
    /** An official announcement or press release by the people or organization concerned. */
    ANNOUNCEMENT,
    /** Official documentation. */
    DOCUMENTATION,
    /** A software release or repository. */
    SOFTWARE,
    /** The official page of a dataset or benchmark. */
    DATASET_PAGE,
    /** A patent. */
    PATENT,
    /** An encyclopedia article. */
    ENCYCLOPEDIA,
    /** A news report. */
    NEWS,
    /** A secondary article, blog post or compiled document. */
    ARTICLE,
    /** A video. */
    VIDEO,
    /** A slide deck. */
    SLIDES;

    /**
     * Whether a document of this kind is a primary source: written by the people or organization concerned.
     *
     * @return true for papers, books, reports, announcements, documentation, software, dataset pages and patents
     */
    public boolean isPrimary() {
        return compareTo(ENCYCLOPEDIA) < 0;
    }

    /**
     * The JSON spelling of this constant.
     *
     * @return e.g. {@code dataset-page}
     */
    @JsonValue
    public String slug() {
        return EnumSlugs.slug(this);
    }

    /**
     * The constant with the given JSON spelling.
     *
     * @param slug e.g. {@code dataset-page}
     * @return the constant
     * @throws IllegalArgumentException for an unknown spelling; the message lists the known ones
     */
    @JsonCreator
    public static SourceKind fromSlug(String slug) {
        return EnumSlugs.parse(SourceKind.class, "source kind", slug);
    }
}
