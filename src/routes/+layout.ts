export const prerender = true;
export const trailingSlash = 'always';
// Every page is static HTML plus at most one small script of its own (see vite.config.ts), not an app.
export const csr = false;
