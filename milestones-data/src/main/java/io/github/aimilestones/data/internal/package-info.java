/**
 * The Jackson configuration and the positional JSON tree behind the reader and writer. Internal: not exported,
 * not part of the API.
 */
@NullMarked
package io.github.aimilestones.data.internal;

import org.jspecify.annotations.NullMarked;
