export * from './load';
export * from './model';
export * from './presets';
