import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { checkDeadline } from '../../deadline';

/**
 * Fields that start after the request's deadline fail with SERVICE_UNAVAILABLE instead of
 * running. The check runs inside each field's resolver, so the error is that field's error: a
 * check in a plugin hook sits outside the resolver and an error there could escape the request.
 * It wraps the built schema's resolvers synchronously rather than being a type-graphql global
 * middleware, which makes every field, even a property read, return a promise: a page of 20
 * recommendations with reasons has about 200 fields.
 */
export function stopFieldsAtDeadline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkDeadline();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
