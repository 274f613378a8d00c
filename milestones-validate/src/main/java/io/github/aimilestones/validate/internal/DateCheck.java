package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.SourceKind;
import io.github.aimilestones.validate.Rule;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Cross-checks of dates, within a record and across records. Precision-aware throughout. */
final class DateCheck {

    /**
     * A milestone further than this from the publication of a primary source cited for its date needs a dateNote:
     * the record's date is usually that very publication, so a month apart already needs explaining.
     */
    static final long FAR_FROM_SOURCE_DAYS = 31;

    private DateCheck() {
    }

    /**
     * Checks every date.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        Catalog catalog = context.catalog();
        for (Milestone milestone : catalog.milestones()) {
            plausible(context, RecordKind.MILESTONE, milestone.id(), "/date", milestone.date());
            dependencies(context, milestone);
            contributors(context, milestone);
            sources(context, milestone);
            corrections(context, milestone);
            events(context, milestone);
        }
        for (Person person : catalog.people()) {
            plausible(context, RecordKind.PERSON, person.id(), "/born", person.born());
            plausible(context, RecordKind.PERSON, person.id(), "/died", person.died());
            ordered(context, RecordKind.PERSON, person.id(), "born", person.born(), "died", person.died());
        }
        for (Organization organization : catalog.organizations()) {
            plausible(context, RecordKind.ORGANIZATION, organization.id(), "/founded", organization.founded());
            plausible(context, RecordKind.ORGANIZATION, organization.id(), "/dissolved", organization.dissolved());
            ordered(context, RecordKind.ORGANIZATION, organization.id(), "founded", organization.founded(),
                    "dissolved", organization.dissolved());
        }
        for (Source source : catalog.sources()) {
            plausible(context, RecordKind.SOURCE, source.id(), "/published", source.published());
            plausible(context, RecordKind.SOURCE, source.id(), "/accessed", source.accessed());
            if (source.published() != null && source.arxiv() != null) {
                arxivMonth(context, RecordKind.SOURCE, source.id(), "/published", "published", "published",
                        source.published(), source.arxiv());
            }
            if (source.published() != null && source.accessed() != null
                    && source.accessed().isBefore(source.published())) {
                context.report(Rule.DATE_ACCESSED_BEFORE_PUBLISHED, RecordKind.SOURCE, source.id(), "/accessed",
                        "accessed " + source.accessed() + " is before published " + source.published()
                                + ": correct one of the two dates",
                        "accessed " + source.accessed() + " 早于 published " + source.published() + "：请更正其中一个日期");
            }
        }
    }

    /** Not in the future; a milestone not before the era (people and organizations may well be older). */
    private static void plausible(Context context, RecordKind kind, String id, String path, PartialDate date) {
        if (date == null) {
            return;
        }
        if (date.earliest().isAfter(context.today())) {
            context.report(Rule.DATE_FUTURE, kind, id, path, path.substring(1) + " must not be in the future: "
                    + date + " (today is " + context.today() + ")",
                    path.substring(1) + " 不能是将来的日期：" + date + "（今天是 " + context.today() + "）");
        }
        if (kind == RecordKind.MILESTONE && date.isBefore(context.config().eraStart())) {
            context.report(Rule.DATE_BEFORE_ERA, kind, id, path, path.substring(1) + " " + date
                    + " is before the start of the era (" + context.config().eraStart()
                    + "): check the year, or set eraStart in the configuration",
                    path.substring(1) + " " + date + " 早于时代的起点（" + context.config().eraStart()
                            + "）：请检查年份，或在配置中设置 eraStart");
        }
    }

    private static void ordered(Context context, RecordKind kind, String id, String startName, PartialDate start,
            String endName, PartialDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            context.report(Rule.DATE_REGISTRY_ORDER, kind, id, "/" + endName,
                    endName + " " + end + " is before " + startName + " " + start + ": correct one of the two dates",
                    endName + " " + end + " 早于 " + startName + " " + start + "：请更正其中一个日期");
        }
    }

    private static void dependencies(Context context, Milestone milestone) {
        List<String> buildsOn = milestone.buildsOn();
        for (int i = 0; i < buildsOn.size(); i++) {
            int index = i;
            context.catalog().milestone(buildsOn.get(i))
                    .filter(earlier -> milestone.date().isBefore(earlier.date()))
                    .ifPresent(earlier -> context.report(Rule.DATE_BEFORE_DEPENDENCY, RecordKind.MILESTONE,
                            milestone.id(), "/buildsOn/" + index, "dated " + milestone.date() + ", before "
                                    + earlier.id() + " (" + earlier.date() + ") which it builds on:"
                                    + " correct a date or remove the link",
                            "日期为 " + milestone.date() + "，早于它所基于的 " + earlier.id() + "（" + earlier.date()
                                    + "）：请更正日期，或删除这条链接"));
        }
    }

    private static void contributors(Context context, Milestone milestone) {
        PartialDate date = milestone.date();
        List<String> people = milestone.contributors().people();
        for (int i = 0; i < people.size(); i++) {
            String path = "/contributors/people/" + i;
            context.catalog().person(people.get(i)).ifPresent(person -> {
                if (person.born() != null && date.isBefore(person.born())) {
                    context.report(Rule.DATE_PERSON_NOT_BORN, RecordKind.MILESTONE, milestone.id(), path,
                            person.id() + " was born " + person.born() + ", after the milestone (" + date
                                    + "): check the contributor and both dates",
                            person.id() + " 生于 " + person.born() + "，晚于该里程碑（" + date + "）：请核对贡献者和这两个日期");
                }
                if (person.died() != null && date.isAfter(person.died())) {
                    context.report(Rule.DATE_PERSON_DEAD, RecordKind.MILESTONE, milestone.id(), path,
                            person.id() + " died " + person.died() + ", before the milestone (" + date
                                    + "): if the work was published posthumously, suppress this with a reason",
                            person.id() + " 卒于 " + person.died() + "，早于该里程碑（" + date
                                    + "）：如果成果是在其身后发表的，请用 suppression 屏蔽此项并写明理由");
                }
            });
        }
        List<String> organizations = milestone.contributors().organizations();
        for (int i = 0; i < organizations.size(); i++) {
            String path = "/contributors/organizations/" + i;
            context.catalog().organization(organizations.get(i)).ifPresent(organization -> {
                if (organization.founded() != null && date.isBefore(organization.founded())) {
                    context.report(Rule.DATE_ORGANIZATION_NOT_ACTIVE, RecordKind.MILESTONE, milestone.id(), path,
                            organization.id() + " was founded " + organization.founded() + ", after the milestone ("
                                    + date + "): credit the organization that existed then (its predecessor?)",
                            organization.id() + " 成立于 " + organization.founded() + "，晚于该里程碑（" + date
                                    + "）：请署名当时已存在的机构（它的前身？）");
                }
                if (organization.dissolved() != null && date.isAfter(organization.dissolved())) {
                    context.report(Rule.DATE_ORGANIZATION_NOT_ACTIVE, RecordKind.MILESTONE, milestone.id(), path,
                            organization.id() + " was dissolved " + organization.dissolved() + ", before the milestone ("
                                    + date + "): credit the organization that existed then (its successor?)",
                            organization.id() + " 于 " + organization.dissolved() + " 解散，早于该里程碑（" + date
                                    + "）：请署名当时存在的机构（它的后继者？）");
                }
            });
        }
    }

    private static void sources(Context context, Milestone milestone) {
        List<Citation> citations = milestone.citations();
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            String path = "/citations/" + i;
            Source source = context.catalog().source(citation.source()).orElse(null);
            if (source == null || source.published() == null) {
                continue;
            }
            if (source.published().isBefore(milestone.date())) {
                context.report(Rule.DATE_SOURCE_BEFORE_EVENT, RecordKind.MILESTONE, milestone.id(), path,
                        source.id() + " was published " + source.published() + ", before the milestone (" + milestone.date()
                                + ") it is cited for: check both dates",
                        source.id() + " 发表于 " + source.published() + "，早于引用它的里程碑（" + milestone.date()
                                + "）：请核对这两个日期");
            }
            if (citation.supports(Claim.DATE) && source.kind().isPrimary() && milestone.dateNote() == null
                    && daysApart(milestone.date(), source.published()) > FAR_FROM_SOURCE_DAYS) {
                context.report(Rule.DATE_FAR_FROM_SOURCE, RecordKind.MILESTONE, milestone.id(), "/date",
                        "date " + milestone.date() + " is more than a month from " + source.id() + " (published "
                                + source.published() + "): use the earliest public date, or explain in dateNote",
                        "日期 " + milestone.date() + " 与 " + source.id() + "（发表于 " + source.published()
                                + "）相差一个多月：请使用最早的公开日期，或在 dateNote 中说明");
            }
        }
    }

    /** The gap between two date intervals, 0 when they overlap. */
    static long daysApart(PartialDate a, PartialDate b) {
        if (a.isBefore(b)) {
            return ChronoUnit.DAYS.between(a.latest(), b.earliest());
        }
        return b.isBefore(a) ? ChronoUnit.DAYS.between(b.latest(), a.earliest()) : 0;
    }

    private static void corrections(Context context, Milestone milestone) {
        List<Correction> corrections = milestone.corrections();
        for (int i = 0; i < corrections.size(); i++) {
            Correction correction = corrections.get(i);
            if (correction.claim() != Claim.DATE || !correction.wrong() || correction.correct() == null) {
                continue;
            }
            String path = "/corrections/" + i + "/correct";
            PartialDate correct;
            try {
                correct = PartialDate.parse(correction.correct());
            } catch (IllegalArgumentException e) {
                context.report(Rule.DATE_CORRECTION_MISMATCH, RecordKind.MILESTONE, milestone.id(), path,
                        "the correct value of a date correction must be the record's date (" + milestone.date()
                                + "): " + e.getMessage(),
                        "日期更正的正确值必须是记录的日期（" + milestone.date() + "）：" + e.getMessage());
                continue;
            }
            if (!correct.equals(milestone.date())) {
                context.report(Rule.DATE_CORRECTION_MISMATCH, RecordKind.MILESTONE, milestone.id(), path,
                        "correction says the date is " + correct + " but the record says " + milestone.date()
                                + ": make them agree",
                        "更正说日期是 " + correct + "，但记录的日期是 " + milestone.date() + "：请使二者一致");
            }
        }
    }

    /**
     * The events of a milestone: each plausible, each agreeing with its own document and with its arXiv id, and the
     * milestone dated by the event that the dating rule picks.
     */
    private static void events(Context context, Milestone milestone) {
        List<Event> events = milestone.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            String path = "/events/" + i + "/date";
            plausible(context, RecordKind.MILESTONE, milestone.id(), path, event.date());
            Source source = context.catalog().source(event.source()).orElse(null);
            if (source == null) {
                continue;  // reference.unresolved
            }
            if (source.published() != null && isOwnDocument(event.kind(), source)
                    && !event.date().overlaps(source.published())) {
                context.report(Rule.EVENT_DATE_MISMATCH, RecordKind.MILESTONE, milestone.id(), path,
                        event.kind().slug() + " dated " + event.date() + ", but " + source.id() + ", the "
                                + event.kind().slug() + " itself, was published " + source.published()
                                + ": correct one of the two dates",
                        event.kind().slug() + " 的日期为 " + event.date() + "，但 " + source.id() + "（即该 "
                                + event.kind().slug() + " 本身）发表于 " + source.published() + "：请更正其中一个日期");
            }
            if (event.kind() == EventKind.PREPRINT && source.arxiv() != null) {
                arxivMonth(context, RecordKind.MILESTONE, milestone.id(), path, "preprint dated", "预印本日期",
                        event.date(), source.arxiv());
            }
        }
        firstDisclosure(events).filter(first -> !first.date().equals(milestone.date())).ifPresent(first ->
                context.report(Rule.DATE_NOT_FIRST_DISCLOSURE, RecordKind.MILESTONE, milestone.id(), "/date",
                        "dated " + milestone.date() + ", but the dating rule picks the " + first.kind().slug() + " of "
                                + first.date() + " (" + first.source() + "), its earliest "
                                + (first.kind().isDisclosure() ? "public appearance" : "event")
                                + ": date the milestone by it, or correct the events",
                        "日期为 " + milestone.date() + "，但按定日期的规则应取 " + first.date() + " 的 " + first.kind().slug()
                                + "（" + first.source() + "），即它最早的" + (first.kind().isDisclosure() ? "公开发布" : "事件")
                                + "：请按它给里程碑定日期，或更正 events"));
    }

    /**
     * The event the dating rule of docs/dataset.md picks: the earliest public appearance (any kind but award and
     * other), or the earliest event when there is none; empty without events.
     *
     * @param events a milestone's events
     * @return the event that dates the milestone
     */
    static Optional<Event> firstDisclosure(List<Event> events) {
        if (events.isEmpty()) {
            return Optional.empty();  // most milestones of a large catalog: no streams to set up
        }
        Comparator<Event> chronological = Comparator.comparing(Event::date, PartialDate.CHRONOLOGICAL);
        Optional<Event> disclosure = events.stream().filter(event -> event.kind().isDisclosure()).min(chronological);
        return disclosure.isPresent() ? disclosure : events.stream().min(chronological);
    }

    /**
     * Whether the source is the document that makes the event, so that its published date is the event's date:
     * a paper for a preprint or a publication, a report for a report, an announcement, a software release.
     */
    private static boolean isOwnDocument(EventKind kind, Source source) {
        Set<SourceKind> kinds = switch (kind) {
            case REPORT -> Set.of(SourceKind.REPORT);
            case PREPRINT -> Set.of(SourceKind.PAPER, SourceKind.REPORT);
            case PUBLICATION -> Set.of(SourceKind.PAPER, SourceKind.BOOK);
            case ANNOUNCEMENT -> Set.of(SourceKind.ANNOUNCEMENT);
            case RELEASE -> Set.of(SourceKind.SOFTWARE);
            default -> Set.of();
        };
        return kinds.contains(source.kind());
    }

    /**
     * A date of a first arXiv version must fall in the month its id encodes, or in the month before: arXiv numbers a
     * paper when it announces it, so one submitted after a month's last deadline (or held for moderation) gets the
     * next month's id. A date after the id's month is impossible.
     */
    private static void arxivMonth(Context context, RecordKind kind, String id, String path, String what,
            String whatChinese, PartialDate date, String arxiv) {
        Optional<YearMonth> month = ArxivIds.month(arxiv);
        if (month.isEmpty()) {
            return;  // source.arxiv-syntax
        }
        boolean after = date.earliest().isAfter(month.get().atEndOfMonth());
        boolean tooEarly = date.latest().isBefore(month.get().minusMonths(1).atDay(1));
        if (after || tooEarly) {
            context.report(Rule.SOURCE_ARXIV_DATE, kind, id, path, what + " " + date + " is "
                    + (after ? "after " : "long before ")
                    + month.get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.get().getYear()
                    + ", the month arXiv id " + arxiv + " encodes: use the date of the first version (v1)",
                    whatChinese + " " + date + (after ? " 晚于 " : " 远早于 ") + month.get().getYear() + " 年 "
                            + month.get().getMonthValue() + " 月，即 arXiv 编号 " + arxiv + " 所表示的月份：请使用第一版（v1）的日期");
        }
    }
}
