package io.github.aimilestones.export;

import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.PartialDate;
import java.util.List;

/**
 * The eras that timelines are grouped into: a conventional periodisation of AI history, by year.
 *
 * @param name the era's name in each language
 * @param firstYear its first year
 * @param lastYear its last year, inclusive
 */
public record Era(LocalizedText name, int firstYear, int lastYear) {

    /** The eras, oldest first, covering every year. */
    public static final List<Era> ALL = List.of(
            new Era(LocalizedText.of("Beginnings (to 1955)", "萌芽（1955年以前）"), 0, 1955),
            new Era(LocalizedText.of("Symbolic AI (1956-1979)", "符号主义（1956-1979）"), 1956, 1979),
            new Era(LocalizedText.of("Connectionism returns (1980-1999)", "连接主义复兴（1980-1999）"), 1980, 1999),
            new Era(LocalizedText.of("Statistical learning (2000-2011)", "统计学习（2000-2011）"), 2000, 2011),
            new Era(LocalizedText.of("Deep learning (2012-2016)", "深度学习崛起（2012-2016）"), 2012, 2016),
            new Era(LocalizedText.of("Transformers and pre-training (2017-2021)", "Transformer与预训练（2017-2021）"),
                    2017, 2021),
            new Era(LocalizedText.of("Generative AI (2022-)", "生成式AI（2022-）"), 2022, 9999));

    /**
     * The era a date falls in, by its first year.
     *
     * @param date a date
     * @return the era
     */
    public static Era of(PartialDate date) {
        int year = date.earliest().getYear();
        return ALL.stream().filter(era -> year >= era.firstYear && year <= era.lastYear).findFirst().orElseThrow();
    }

    /**
     * The era's name.
     *
     * @param language the language
     * @return the name
     */
    public String name(Language language) {
        return name.resolve(language);
    }
}
