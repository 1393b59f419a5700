package org.tsunagu.site;

import java.util.List;

import org.tsunagu.core.load.Field;

/** {@code data/areas.yaml}. */
public record AreasFile(
        @Field(ja = "地区の一覧", en = "Areas", required = true) List<Area> areas) {
}
