import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApplicationError, ApplicationErrorCode, SessionsService } from '@prongsai/application';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { IS_PUBLIC } from './public.decorator';

export const SESSION_COOKIE = 'prongsai_session';

/** Every route needs a session (cookie or bearer token) unless marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { person?: unknown; sessionToken?: string }>();
    const token = bearerToken(request) ?? (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const person = token ? await new SessionsService(this.dataSource.manager).personFor(token) : null;
    if (person === null || token === undefined) {
      throw new ApplicationError(ApplicationErrorCode.Unauthenticated, {
        th: 'กรุณาเข้าสู่ระบบ',
        en: 'sign in first (session cookie or Authorization: Bearer token)',
      });
    }
    request.person = person;
    request.sessionToken = token;
    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}
