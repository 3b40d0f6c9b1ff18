import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'prongsai:public';

/** Marks a route that answers without sign-in (health, sign-in itself, public pages). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
