export * from './example';
export * from './fake-platform';
export * from './github-runner';
export * from './host-servers';
export * from './junit';
export * from './network';
export * from './paths';
export * from './services';
