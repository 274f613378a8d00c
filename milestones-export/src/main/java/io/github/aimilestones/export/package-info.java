/**
 * Exporters and the command line of AI Milestones.
 *
 * <p>{@link io.github.aimilestones.export.Main} is the command line: {@code milestones validate [FILES...]} is the
 * validation gate; with no command it validates the embedded dataset.
 */
package io.github.aimilestones.export;
