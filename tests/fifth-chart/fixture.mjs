import { dirname, join, resolve } from 'node:path';

/** Where the fifth-chart fixture lives and where build.mjs builds the project with it. */
export const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '../..');
export const fixtureDir = join(projectRoot, 'tests/fixtures/fifth-chart');
/** The fixture chart's id: its folder's name, the name its index.ts exports, and the name of its data file. */
export const fixtureId = 'quotes';
export const fixtureBuild = join(projectRoot, 'build-fifth-chart');
