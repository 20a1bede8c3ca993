// Written as build/404.html, the file static hosts serve for any unknown URL.
export const trailingSlash = 'never';
