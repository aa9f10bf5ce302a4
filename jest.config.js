// Two projects: fast unit tests (domain, graph against fakes, UI against FakeHost) and
// integration tests that talk HTTP to a sandbox each test file starts on a free port.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: { ignoreCodes: ['TS151001'] } }];
// Dynamic imports name the module as the built app does ("./View.js"); jest resolves them to the TypeScript source.
const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start real sandboxes over HTTP; 30 s is their budget (a global option: jest
  // ignores testTimeout inside a project).
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'],
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper,
      setupFiles: ['<rootDir>/tests/setup/unit.ts'],
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper,
    },
  ],
};
