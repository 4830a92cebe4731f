export * from './cache';
export * from './client';
export * from './context';
export * from './platform';
export * from './repo-host';
export * from './run';
