/**
 * The checks behind the validator (constraints, dates, names, citations, the builds-on graph), the report
 * writers and the reading of users' timelines. Internal: not exported, not part of the API.
 */
@NullMarked
package io.github.aimilestones.validate.internal;

import org.jspecify.annotations.NullMarked;
