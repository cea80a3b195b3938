const Sequencer = require('@jest/test-sequencer').default;

/**
 * Suites that need MovieLens (`*.ml.int.test.ts`) run after the demo-catalogue suites, so the
 * shared test database is reloaded once rather than back and forth.
 */
class DatasetSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => (test.path.includes('.ml.int.test.') ? 1 : 0);
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = DatasetSequencer;
