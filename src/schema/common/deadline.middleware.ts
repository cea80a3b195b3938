import { MiddlewareFn } from 'type-graphql';
import { checkDeadline } from '../../deadline';

/**
 * Fields that start after the request's deadline fail with SERVICE_UNAVAILABLE instead of
 * running. It runs inside each field's resolver, so the error is that field's error: a check
 * in a plugin hook sits outside the resolver and an error there could escape the request.
 */
export const stopAtDeadline: MiddlewareFn = (_action, next) => {
  checkDeadline();
  return next();
};
