export * from './common';
export * from './sidecar';
export * from './analysis';
export * from './article';
export * from './entity-record';
