package vn.hungyen.khcn.content.spi;

import java.util.List;

/**
 * Mô-đun nội dung: the one extension point of the portal. A content module is a jar under {@code plugins/}
 * whose Spring Boot auto-configuration registers a bean of this type; through it the module declares what it
 * adds. Its JPA entities and Vaadin views (routes with {@code @Menu}) are found through the auto-configuration
 * package it registers, its schema through its Flyway location.
 */
public interface ContentModule {

    /** Short, stable identifier, e.g. {@code plan}. */
    String id();

    /** Resource-bundle key of the module's display name. */
    String nameKey();

    /** The content types the module stores. */
    List<ContentTypeDescriptor> contentTypes();

    /** The typed relations the module introduces between content items. */
    default List<LinkType> linkTypes() {
        return List.of();
    }

    /** Flyway location of the module's own migrations; versions are numbered in the module's own range. */
    default String migrationLocation() {
        return "classpath:db/migration/" + id();
    }

    /** The importers the module offers, run in their {@link ContentImporter#order()} at start-up when they ask. */
    default List<ContentImporter> importers() {
        return List.of();
    }
}
