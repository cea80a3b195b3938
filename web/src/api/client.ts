import { Operation } from './operation';

const TOKEN_KEY = 'reelgraph.token';

export class ApiError extends Error {
  constructor(
    message: string,
    /** The GraphQL error code, e.g. UNAUTHENTICATED, or NETWORK when the server did not answer. */
    readonly code: string,
  ) {
    super(message);
  }
}

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  save: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one typed operation to /graphql as the signed-in user; throws ApiError on any error. */
export async function request<TData, TVariables>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const token = session.token();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query: operation.query, variables }),
    });
  } catch {
    throw new ApiError(
      'The server could not be reached. Check your connection and try again.',
      'NETWORK',
    );
  }
  let body: GraphQLBody<TData>;
  try {
    body = (await response.json()) as GraphQLBody<TData>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without data.`, 'NETWORK');
  }
  const [error] = body.errors ?? [];
  if (error !== undefined) {
    throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  if (body.data == null) throw new ApiError('The server answered without data.', 'NETWORK');
  return body.data;
}
