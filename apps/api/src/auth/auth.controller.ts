import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, PeopleService, SessionsService, verifyPassword } from '@prongsai/application';
import type { AppConfig } from '@prongsai/config';
import type { PersonEntity } from '@prongsai/persistence';
import { APP_CONFIG } from '@prongsai/platform';
import { Inject } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentPerson, SessionToken } from './current-person.decorator';
import { ChangePasswordDto, SignInDto } from './dto/sign-in.dto';
import { PersonDto, SignedInDto } from './dto/person.dto';
import { OwnPreferencesDto } from '../people/dto/person-input.dto';
import { Public } from './public.decorator';
import { SESSION_COOKIE } from './session.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Signs in: an httpOnly session cookie for the browser and a bearer token for API clients. */
  @Public()
  @Post('sign-in')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignedInDto })
  async signIn(@Body() body: SignInDto, @Res({ passthrough: true }) response: Response): Promise<SignedInDto> {
    const { token, person, expiresAt } = await new SessionsService(this.dataSource.manager).signIn(body.email, body.password);
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicBaseUrl.startsWith('https://'),
      expires: expiresAt,
      path: '/',
    });
    return { token, expiresAt: expiresAt.toISOString(), person: PersonDto.from(person) };
  }

  @Post('sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  async signOut(@SessionToken() token: string, @Res({ passthrough: true }) response: Response): Promise<void> {
    await new SessionsService(this.dataSource.manager).signOut(token);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOkResponse({ type: PersonDto })
  me(@CurrentPerson() person: PersonEntity): PersonDto {
    return PersonDto.from(person);
  }

  /** One's own language and mail preference (each notice as it happens, or a daily digest). */
  @Put('me/preferences')
  @ApiOkResponse({ type: PersonDto })
  async setPreferences(@CurrentPerson() person: PersonEntity, @Body() body: OwnPreferencesDto): Promise<PersonDto> {
    return PersonDto.from(await new PeopleService(this.dataSource.manager).setPreferences(person, body));
  }

  /** Changes one's own password; every other session of the person ends. */
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  async changePassword(@CurrentPerson() person: PersonEntity, @SessionToken() token: string, @Body() body: ChangePasswordDto): Promise<void> {
    if (!(await verifyPassword(body.currentPassword, person.passwordHash))) {
      throw ApplicationError.invalid('currentPassword', 'รหัสผ่านปัจจุบันไม่ถูกต้อง', 'the current password is wrong');
    }
    await this.dataSource.transaction(async (manager) => {
      await new PeopleService(manager).setPassword(person.email, body.newPassword);
      await new SessionsService(manager).endOtherSessions(person.id, token);
    });
  }
}
