/** The page's only way to the data: POST /graphql on the same origin. */

export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`The server did not answer (${String(err)}); is plangraph serve still running?`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphqlError[] };
  if (body.errors && body.errors.length > 0) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || body.data === undefined) throw new ApiError(`The server answered HTTP ${response.status}.`);
  return body.data;
}
