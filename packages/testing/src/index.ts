export * from './example';
export * from './fake-platform';
export * from './github-runner';
export * from './paths';
export * from './services';
