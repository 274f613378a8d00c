package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.validate.Rule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Citations: present, supporting date and contributors, from primary sources; sources' URLs and ids. */
final class CitationCheck {

    /** Query parameters that track the reader and never change what a page shows. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "si", "ref_src", "_hsenc", "_hsmi", "yclid");
    /** YouTube also adds {@code pp} (the search that led to the video) and {@code feature}. */
    private static final Set<String> YOUTUBE_TRACKING = Set.of("pp", "feature", "ab_channel");

    private CitationCheck() {
    }

    /**
     * Checks citations and sources.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        for (Milestone milestone : context.catalog().milestones()) {
            milestone(context, milestone);
        }
        Map<String, Source> seen = new HashMap<>();
        for (Source source : context.catalog().sources()) {
            url(context, source);
            for (Map.Entry<String, String> identity : identities(source).entrySet()) {
                Source first = seen.putIfAbsent(identity.getKey(), source);
                if (first != null) {
                    String field = identity.getValue().substring(1);
                    context.report(Rule.SOURCE_DUPLICATE, RecordKind.SOURCE, source.id(), identity.getValue(),
                            "same " + field + " as " + first.id() + ": cite one source, or correct the " + field,
                            field + " 与 " + first.id() + " 的相同：请只引用其中一个来源，或更正 " + field);
                }
            }
        }
    }

    private static void milestone(Context context, Milestone m) {
        Catalog catalog = context.catalog();
        if (m.citations().isEmpty()) {
            context.report(Rule.CITATION_MISSING, RecordKind.MILESTONE, m.id(), "",
                    "cites no source: add a citation of the paper or announcement that establishes it",
                    "没有引用任何来源：请引用确立它的论文或公告");
            return;
        }
        Set<Claim> supported = EnumSet.noneOf(Claim.class);
        Set<Claim> primary = EnumSet.noneOf(Claim.class);
        for (Citation citation : m.citations()) {
            supported.addAll(citation.supports());
            Optional<Source> source = catalog.source(citation.source());
            if (source.isEmpty() || source.get().kind().isPrimary()) {
                primary.addAll(citation.supports());  // an unresolved source is reported elsewhere, once
            }
        }
        if (!supported.contains(Claim.DATE)) {
            context.report(Rule.CITATION_DATE_UNSUPPORTED, RecordKind.MILESTONE, m.id(), "/date",
                    "no citation supports the date " + m.date() + ": add \"date\" to the supports of the source that gives it",
                    "没有引用支持日期 " + m.date() + "：请在给出该日期的来源的 supports 中加入 \"date\"");
        }
        if (!m.contributors().isEmpty() && !supported.contains(Claim.CONTRIBUTORS)) {
            context.report(Rule.CITATION_CONTRIBUTORS_UNSUPPORTED, RecordKind.MILESTONE, m.id(), "/contributors",
                    "no citation supports the contributors: add \"contributors\" to the supports of the source that names them",
                    "没有引用支持贡献者：请在列出他们的来源的 supports 中加入 \"contributors\"");
        }
        Set<Claim> secondaryOnly = EnumSet.copyOf(supported.isEmpty() ? EnumSet.noneOf(Claim.class) : supported);
        secondaryOnly.removeAll(primary);
        if (!secondaryOnly.isEmpty()) {
            String claims = secondaryOnly.stream().map(Claim::slug).collect(Collectors.joining(", "));
            context.report(Rule.CITATION_SECONDARY_ONLY, RecordKind.MILESTONE, m.id(), "/citations",
                    claims + (secondaryOnly.size() == 1 ? " is" : " are")
                            + " supported only by secondary sources: cite the paper, release or announcement",
                    claims + " 仅有二手来源支持：请引用论文、发布版本或公告");
        }
    }

    private static void url(Context context, Source source) {
        if (source.url() == null) {
            return;
        }
        URI uri;
        try {
            uri = new URI(source.url());
        } catch (URISyntaxException e) {
            context.report(Rule.SOURCE_URL_SCHEME, RecordKind.SOURCE, source.id(), "/url",
                    "url is not a valid URL: " + e.getMessage(), "url 不是有效的 URL：" + e.getMessage());
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return;  // the model's URL constraint reports it once
        }
        if (uri.getHost() == null) {
            context.report(Rule.SOURCE_URL_SCHEME, RecordKind.SOURCE, source.id(), "/url",
                    "url must be an absolute http or https URL: " + ConstraintCheck.quote(source.url()),
                    "url 必须是 http 或 https 的绝对 URL：" + ConstraintCheck.quote(source.url()));
            return;
        }
        List<String> tracking = trackingParameters(uri);
        if (!tracking.isEmpty()) {
            context.report(Rule.SOURCE_URL_TRACKING, RecordKind.SOURCE, source.id(), "/url",
                    "url carries tracking parameters (" + String.join(", ", tracking) + "): remove them",
                    "url 带有跟踪参数（" + String.join(", ", tracking) + "）：请删除它们");
        }
    }

    private static List<String> trackingParameters(URI uri) {
        if (uri.getRawQuery() == null) {
            return List.of();
        }
        boolean youtube = uri.getHost().toLowerCase(Locale.ROOT).matches("(.+\\.)?(youtube\\.com|youtu\\.be)");
        List<String> found = new ArrayList<>();
        for (String parameter : uri.getRawQuery().split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name) || youtube && YOUTUBE_TRACKING.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    /** The normalised identities of a source (URL, DOI, arXiv id), each with the field it comes from. */
    private static Map<String, String> identities(Source source) {
        Map<String, String> identities = new HashMap<>();
        if (source.url() != null) {
            normalizedUrl(source.url()).ifPresent(url -> identities.put("url " + url, "/url"));
        }
        if (source.doi() != null) {
            identities.put("doi " + source.doi().toLowerCase(Locale.ROOT), "/doi");
        }
        if (source.arxiv() != null) {
            identities.put("arxiv " + source.arxiv(), "/arxiv");
        }
        return identities;
    }

    /** Scheme and host in lowercase, no www., no fragment, no trailing slash, no tracking parameters. */
    static Optional<String> normalizedUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
            List<String> tracking = trackingParameters(uri);
            String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !tracking.contains(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                    .sorted().collect(Collectors.joining("&"));
            return Optional.of(host + path + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
