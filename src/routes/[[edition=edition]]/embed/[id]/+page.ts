// An embed is static HTML plus one small script (src/lib/embed/page-client.ts), not an app.
export const csr = false;
