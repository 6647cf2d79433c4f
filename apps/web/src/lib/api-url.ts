/** Where the dashboard's server finds the API. Read per call: one build serves instances on other ports. */
export function apiUrl(): string {
  return (process.env.PARLEY_API_URL || 'http://localhost:4000').replace(/\/+$/, '');
}

/** The API as a browser reaches it (GraphiQL link); differs from apiUrl only behind a proxy. */
export function publicApiUrl(): string {
  return (process.env.PARLEY_PUBLIC_API_URL || apiUrl()).replace(/\/+$/, '');
}
