import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { ApplicationError, ApplicationErrorCode } from '@prongsai/application';
import type { Response } from 'express';

const STATUS: Record<ApplicationErrorCode, HttpStatus> = {
  [ApplicationErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ApplicationErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ApplicationErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ApplicationErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ApplicationErrorCode.Invalid]: HttpStatus.BAD_REQUEST,
};

/** The one place application error codes become HTTP answers, in Thai and English. */
@Catch(ApplicationError)
export class ApplicationErrorFilter implements ExceptionFilter {
  catch(error: ApplicationError, host: ArgumentsHost): void {
    const status = STATUS[error.code];
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({
        statusCode: status,
        code: error.code,
        message: error.messages.en,
        messageTh: error.messages.th,
        ...(error.field ? { errors: [{ field: error.field, message: error.messages.en, messageTh: error.messages.th }] } : {}),
      });
  }
}
