import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@prongsai/config';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { validationExceptionFactory } from './common/validation-errors';
import { AppModule } from './app.module';
import { findWebApp, serveWebApp } from './web-app';

/** Builds the HTTP application (used by main.ts and by the API tests). */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: ['health', 'health/ready'] });
  app.use(compression());
  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationExceptionFactory }));
  const webApp = findWebApp();
  if (webApp) serveWebApp(app, webApp);
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Prongsai API')
    .setDescription('ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส — integrity and transparency measures of Thai local government')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('prongsai_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
