package org.example.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Milestone;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expected values are read off the dataset's files and the Mermaid documentation by hand, not computed by the
 * code under test: when the dataset gains a model of 2012-2014, these lines change with it.
 */
final class MilestoneQueryTest {

    private final Catalog catalog = Milestones.catalog();

    @Test
    void modelsOf2012To2014_areAlexNetRcnnDeepFaceAndDeepId_oldestFirst() {
        List<String> ids = MilestoneQuery.milestones(catalog, Category.MODEL, 2012, 2014).stream()
                .map(Milestone::id).toList();

        assertEquals(List.of("alexnet", "r-cnn", "deepface", "deepid"), ids);
    }

    @Test
    void mermaid_isATimelineOfThoseModels_byYear() throws IOException {
        StringWriter out = new StringWriter();

        MilestoneQuery.writeMermaid(catalog, Category.MODEL, 2012, 2014, out);

        assertEquals("""
                timeline
                    title AI milestones
                    section Deep learning (2012-2016)
                        2012 : AlexNet
                        2013 : R-CNN (Regions with CNN features)
                        2014 : DeepFace : DeepID face-recognition models
                """, out.toString());
    }
}
