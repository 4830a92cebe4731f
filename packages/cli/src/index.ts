export * from './args';
export * from './cli';
export * from './help';
export * from './registry';
export * from './terminal';
