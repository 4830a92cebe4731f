export * from './api';
export * from './cache';
export * from './context';
export * from './dotenv';
export * from './log';
export * from './platform';
export * from './repo-host';
