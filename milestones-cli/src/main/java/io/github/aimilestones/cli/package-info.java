/**
 * The {@code milestones} command line: the main job and the {@code validate}, {@code check} and {@code export}
 * commands. Not a library: its only public type is {@link io.github.aimilestones.cli.Main}.
 */
@NullMarked
package io.github.aimilestones.cli;

import org.jspecify.annotations.NullMarked;
