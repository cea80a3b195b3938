/** @type {import('jest').Config} */
const tsJest = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  // Integration suites share one Neo4j; running them one at a time keeps their state apart.
  maxWorkers: 1,
  // A ceiling, not a timing check: loading ml-latest-small and training can take minutes on a
  // busy 2-core machine, and a test must fail only for real reasons.
  testTimeout: 600000,
  testSequencer: '<rootDir>/test/setup/dataset-sequencer.js',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      setupFiles: ['reflect-metadata'],
      transform: tsJest,
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/seed/**/*.test.ts'],
    },
    {
      displayName: 'web',
      testEnvironment: 'node',
      transform: {
        '^.+\\.tsx?$': [
          'ts-jest',
          {
            tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, strict: true },
          },
        ],
      },
      testMatch: ['<rootDir>/web/src/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      setupFiles: ['reflect-metadata'],
      transform: tsJest,
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
