export * from './cache';
export * from './client';
export * from './context';
export * from './issues';
export * from './platform';
export * from './releases';
export * from './repo-host';
export * from './run';
