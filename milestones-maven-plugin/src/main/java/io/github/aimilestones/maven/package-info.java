/**
 * The Maven plugin of AI Milestones: {@code milestones:validate}, the validation gate as a step of {@code mvn verify}.
 */
@NullMarked
package io.github.aimilestones.maven;

import org.jspecify.annotations.NullMarked;
