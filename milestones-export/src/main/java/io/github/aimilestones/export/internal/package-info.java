/**
 * The exporters of each format and the {@link io.github.aimilestones.export.internal.View} they share. Internal:
 * not exported; use {@link io.github.aimilestones.export.ExportFormat}.
 */
@NullMarked
package io.github.aimilestones.export.internal;

import org.jspecify.annotations.NullMarked;
