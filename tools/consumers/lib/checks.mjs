// The tally of the consumer checks, with the exporter bugs that are known and not yet fixed.

/**
 * Exporter bugs that the checks find today, each a pattern of the check's label and why it fails. A known bug that
 * fails is reported as such and does not fail the run; one that passes fails the run, so that its entry is removed
 * as soon as the exporter is fixed.
 */
export const KNOWN_BUGS = [
  // [/^label pattern$/, 'what is wrong']: a check that is known to fail, until the exporter is fixed.
];

export class Checks {
  passed = 0;
  failed = 0;
  known = [];

  /**
   * Records one check.
   * @param {string} label what was checked, e.g. "embedded/timeline.zh.mmd: events"
   * @param {string[]} problems what differs from the data; none when the check passes
   */
  expect(label, problems) {
    const bug = KNOWN_BUGS.find(([pattern]) => pattern.test(label));
    if (problems.length === 0 && !bug) {
      this.passed++;
    } else if (problems.length === 0) {
      this.failed++;
      console.log(`FAIL ${label}: passes now; remove the known bug "${bug[1]}" from KNOWN_BUGS in lib/checks.mjs`);
    } else if (bug) {
      this.known.push(label);
      console.log(`KNOWN BUG ${label} (${bug[1]}):`);
      problems.slice(0, 5).forEach((p) => console.log(`    ${p}`));
    } else {
      this.failed++;
      console.log(`FAIL ${label}:`);
      problems.slice(0, 10).forEach((p) => console.log(`    ${p}`));
      if (problems.length > 10) console.log(`    ... and ${problems.length - 10} more`);
    }
  }
}

/** Text as a browser lays it out under white-space: normal: runs of spaces, tabs and line breaks are one space. */
export const collapse = (text) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** A JSON string literal, for messages: shows line breaks and invisible characters. */
export const show = (text) => JSON.stringify(text);
