import { Module } from '@nestjs/common';
import { ItaCatalogController } from './ita-catalog.controller';

@Module({ controllers: [ItaCatalogController] })
export class ItaCatalogModule {}
