package org.example.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Milestone;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MilestoneQueryTest {

    private final Catalog catalog = Milestones.catalog();

    @Test
    void modelsOf2012To2014_areModelsOfThoseYears_oldestFirst() {
        List<Milestone> models = MilestoneQuery.milestones(catalog, Category.MODEL, 2012, 2014);

        assertTrue(models.stream().anyMatch(m -> m.id().equals("alexnet")), () -> "no alexnet in " + models);
        for (Milestone model : models) {
            assertEquals(Category.MODEL, model.category());
            assertTrue(model.date().earliest().getYear() <= 2014 && model.date().latest().getYear() >= 2012,
                    () -> model.id() + " is dated " + model.date());
        }
        for (int i = 1; i < models.size(); i++) {
            assertTrue(!models.get(i).date().isBefore(models.get(i - 1).date()), "not in date order: " + models);
        }
    }

    @Test
    void mermaid_drawsExactlyTheQueriedMilestones() throws IOException {
        List<Milestone> models = MilestoneQuery.milestones(catalog, Category.MODEL, 2012, 2014);
        StringWriter out = new StringWriter();

        MilestoneQuery.writeMermaid(catalog, Category.MODEL, 2012, 2014, out);

        String mermaid = out.toString();
        assertTrue(mermaid.startsWith("timeline\n"), mermaid);
        assertTrue(mermaid.contains("    section Deep learning (2012-2016)\n"), mermaid);
        assertTrue(mermaid.contains("        2012 : AlexNet"), mermaid);
        // Every event is written as " : name", and the exporter escapes any ": " inside a name.
        assertEquals(models.size(), mermaid.split(" : ", -1).length - 1, mermaid);
    }
}
