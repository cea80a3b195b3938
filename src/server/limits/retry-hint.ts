import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../errors';

/**
 * When part of an answer is SERVICE_UNAVAILABLE, the response says when to try again in a
 * Retry-After header (the errors carry extensions.retryAfterSeconds); with no data at all it
 * is a 503.
 */
export function retryHintPlugin(defaultRetryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const hints = (errors ?? [])
            .filter((error) => error.extensions?.code === ErrorCode.ServiceUnavailable)
            .map((error) =>
              Number(error.extensions?.retryAfterSeconds ?? defaultRetryAfterSeconds),
            );
          if (hints.length === 0) return;
          response.http.headers.set('retry-after', String(Math.max(...hints)));
          if (data === null || data === undefined) response.http.status = 503;
        },
      };
    },
  };
}
