export * from './fake-platform';
