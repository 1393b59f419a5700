package org.tsunagu.site;

import java.util.List;
import java.util.Optional;

/**
 * The site's activity fields and areas, looked up by slug or by name: a person editing a file
 * writes the name (環境の保全), a developer may write the slug (environment).
 */
public record Taxonomy(List<Category> categories, List<Area> areas) {

    public Taxonomy {
        categories = List.copyOf(categories);
        areas = List.copyOf(areas);
    }

    public Optional<Category> category(String slugOrName) {
        return categories.stream().filter(c -> c.slug().equals(slugOrName) || c.name().equals(slugOrName)).findFirst();
    }

    public Optional<Area> area(String slugOrName) {
        return areas.stream().filter(a -> a.slug().equals(slugOrName) || a.name().equals(slugOrName)).findFirst();
    }

    public String categoryNames() {
        return String.join("、", categories.stream().map(Category::name).toList());
    }

    public String areaNames() {
        return String.join("、", areas.stream().map(Area::name).toList());
    }
}
