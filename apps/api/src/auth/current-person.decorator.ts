import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { PersonEntity } from '@prongsai/persistence';

export interface AuthenticatedRequest {
  person: PersonEntity;
  sessionToken: string;
}

/** The signed-in person of the request (set by the session guard). */
export const CurrentPerson = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().person;
});

/** The token of the request's session (for sign-out and password change). */
export const SessionToken = createParamDecorator((_: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().sessionToken;
});
