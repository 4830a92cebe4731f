/** Report renderers: the surfaces a Report is shown on, each within its size limit. */
export * from './annotations';
export * from './budget';
export * from './codequality';
export * from './comment';
export * from './files';
export * from './json';
export * from './junit';
export * from './sarif';
export * from './summary';
