import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@prongsai/config';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

/** Builds the HTTP application (used by main.ts and by the API tests). */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: ['health', 'health/ready'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Prongsai API')
    .setDescription('ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส — integrity and transparency measures of Thai local government')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
