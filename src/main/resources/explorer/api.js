// The one way the page talks to the service: GraphQL at /graphql, with a token held in memory only
// (never in local storage, cookies or the address), dropped when the page idles or closes.

let token = null;

export function signIn(newToken) {
  token = newToken;
}

export function signedIn() {
  return token !== null;
}

export function signOut() {
  token = null;
}

export async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors[0].message);
    error.code = body.errors[0].extensions && body.errors[0].extensions.code;
    throw error;
  }
  return body.data;
}

/** Demo users, when the service is in demo mode; an empty list otherwise. */
export async function demoUsers() {
  const response = await fetch('/demo/users');
  return response.ok ? response.json() : [];
}

export async function demoToken(user) {
  const response = await fetch('/demo/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error);
  }
  return body.token;
}
