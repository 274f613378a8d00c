package io.github.aimilestones.export.internal;

import io.github.aimilestones.export.Era;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every exporter shows, computed once: selection, order, display texts, groups. Internal. */
public final class View {

    private final Catalog catalog;
    private final ExportOptions options;
    private final List<Milestone> milestones;

    private View(Catalog catalog, ExportOptions options) {
        this.catalog = catalog;
        this.options = options;
        // Chronological, then by id (Milestone.CHRONOLOGICAL): the same input always gives the same order.
        List<Milestone> selected = new ArrayList<>(dated(catalog, options).milestonesBetween(options.from(), options.to())
                .stream().filter(this::selected).toList());
        if (options.descending()) {
            Collections.reverse(selected);
        }
        this.milestones = List.copyOf(selected);
    }

    /** The catalog with each milestone dated by its event of the chosen kind, so that ranges and order follow. */
    private static Catalog dated(Catalog catalog, ExportOptions options) {
        EventKind kind = options.dateBy();
        if (kind == null) {
            return catalog;
        }
        return Catalog.of(catalog.milestones().stream().map(m -> m.toBuilder().date(m.dateBy(kind)).build()).toList(),
                catalog.people(), catalog.organizations(), catalog.sources());
    }

    /**
     * The view of a catalog under some options.
     *
     * @param catalog the catalog
     * @param options the options
     * @return the view
     */
    public static View of(Catalog catalog, ExportOptions options) {
        return new View(catalog, options);
    }

    private boolean selected(Milestone m) {
        return (options.categories().isEmpty() || options.categories().contains(m.category()))
                && (options.ids().isEmpty() || options.ids().contains(m.id()))
                && (options.tags().isEmpty() || m.tags().stream().anyMatch(options.tags()::contains));
    }

    /** The catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /** The language. */
    public Language language() {
        return options.language();
    }

    /** The options. */
    public ExportOptions options() {
        return options;
    }

    /** The selected milestones in order. */
    public List<Milestone> milestones() {
        return milestones;
    }

    /** A localized text in the view's language, English where it has no translation, "" when absent. */
    public String text(@Nullable LocalizedText text) {
        return text == null ? "" : text.resolve(options.language());
    }

    /** The names of the people, then of the organizations, with "et al." or "等" when the list is incomplete. */
    public String contributors(Milestone m) {
        List<String> names = new ArrayList<>();
        for (String id : m.contributors().people()) {
            names.add(catalog.person(id).map(Person::name).map(this::text).orElse(id));
        }
        for (String id : m.contributors().organizations()) {
            names.add(catalog.organization(id).map(Organization::name).map(this::text).orElse(id));
        }
        String joined = String.join(options.language() == Language.ZH ? "、" : ", ", names);
        if (m.contributors().andOthers()) {
            return joined + (options.language() == Language.ZH ? "等" : " et al.");
        }
        return joined;
    }

    private static final Map<Category, LocalizedText> CATEGORY_LABELS = Map.ofEntries(
            Map.entry(Category.THEORY, LocalizedText.of("theory", "理论")),
            Map.entry(Category.ALGORITHM, LocalizedText.of("algorithm", "算法")),
            Map.entry(Category.ARCHITECTURE, LocalizedText.of("architecture", "架构")),
            Map.entry(Category.TECHNIQUE, LocalizedText.of("technique", "技术")),
            Map.entry(Category.MODEL, LocalizedText.of("model", "模型")),
            Map.entry(Category.SYSTEM, LocalizedText.of("system", "系统")),
            Map.entry(Category.DATASET, LocalizedText.of("dataset", "数据集")),
            Map.entry(Category.FRAMEWORK, LocalizedText.of("framework", "框架")),
            Map.entry(Category.HARDWARE, LocalizedText.of("hardware", "硬件")),
            Map.entry(Category.PRODUCT, LocalizedText.of("product", "产品")),
            Map.entry(Category.ORGANIZATION, LocalizedText.of("organization", "机构")),
            Map.entry(Category.EVENT, LocalizedText.of("event", "事件")));

    /** The category's label in the view's language. */
    public String label(Category category) {
        return text(CATEGORY_LABELS.get(category));
    }

    /** The people's names only. */
    public List<String> people(Milestone m) {
        return m.contributors().people().stream()
                .map(id -> catalog.person(id).map(Person::name).map(this::text).orElse(id)).toList();
    }

    /** The organizations' names only. */
    public List<String> organizations(Milestone m) {
        return m.contributors().organizations().stream()
                .map(id -> catalog.organization(id).map(Organization::name).map(this::text).orElse(id)).toList();
    }

    /** A date as readers write it: 2012-09-30, 2010s, c. 2014, 1986? (2012年9月30日, 2010年代, 约2014年 in Chinese). */
    public String date(PartialDate date) {
        boolean zh = options.language() == Language.ZH;
        String text = switch (date.precision()) {
            case CENTURY, DECADE -> date.year() + (zh ? "年代" : "s");
            case YEAR -> date.year() + (zh ? "年" : "");
            case MONTH -> zh ? date.year() + "年" + date.month() + "月" : date.toString().substring(0, 7);
            case DAY -> zh ? date.year() + "年" + date.month() + "月" + date.day() + "日" : date.toString().substring(0, 10);
        };
        if (date.approximate()) {
            text = (zh ? "约" : "c. ") + text;
        }
        return date.uncertain() ? text + "?" : text;
    }

    /** The section a milestone belongs to under the view's grouping. */
    public String group(Milestone m) {
        int year = m.date().earliest().getYear();
        boolean zh = options.language() == Language.ZH;
        return switch (options.grouping()) {
            case ERA -> Era.of(m.date()).name(options.language());
            case DECADE -> (year / 10 * 10) + (zh ? "年代" : "s");
            case YEAR -> year + (zh ? "年" : "");
        };
    }

    /** The selected milestones by section, sections in order of their first milestone. */
    public Map<String, List<Milestone>> groups() {
        Map<String, List<Milestone>> groups = new LinkedHashMap<>();
        for (Milestone m : milestones) {
            groups.computeIfAbsent(group(m), g -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /** The sources a milestone cites, in citation order, once each. */
    public List<Source> sources(Milestone m) {
        Set<String> ids = new LinkedHashSet<>();
        m.citations().stream().map(Citation::source).forEach(ids::add);
        return ids.stream().map(catalog::source).flatMap(Optional::stream).toList();
    }

    /** Every source the selected milestones cite, numbered from 1 in order of first citation. */
    public Map<String, Integer> referenceNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Milestone m : milestones) {
            for (Source source : sources(m)) {
                numbers.putIfAbsent(source.id(), numbers.size() + 1);
            }
        }
        return numbers;
    }

    /** The URL of a source if it is http(s): nothing else is ever written as a link. */
    public static Optional<String> safeUrl(Source source) {
        String url = source.url();
        return url != null && url.matches("(?i)https?://[^\\s\"'<>\\\\`]+") ? Optional.of(url) : Optional.empty();
    }
}
