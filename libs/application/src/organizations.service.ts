import { randomUUID } from 'node:crypto';
import { organizationTypeFromName, type NumeralStyle, type OrganizationType } from '@prongsai/domain';
import { OrganizationEntity } from '@prongsai/persistence';
import type { EntityManager } from 'typeorm';
import { ApplicationError } from './application-error';

export interface NewOrganization {
  code?: string;
  name: string;
  type?: OrganizationType;
  district?: string;
  province?: string;
  website?: string;
  phone?: string;
  numeralStyle?: NumeralStyle;
}

const CODE_PATTERN = /^[\p{L}\p{M}\p{N}-]{2,32}$/u;
const TYPE_PREFIXES = /^(องค์การบริหารส่วนตำบล|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.?|ทต\.?|ทม\.?|ทน\.?)\s*/;

/** The short code an organisation gets from its name: "องค์การบริหารส่วนตำบลสมัย" → "สมัย". */
export function codeFromName(name: string): string {
  const core = name.trim().replace(TYPE_PREFIXES, '').replace(/\s+/g, '');
  return Array.from(core).slice(0, 28).join('') || 'org';
}

export class OrganizationsService {
  constructor(private readonly manager: EntityManager) {}

  /** Creates an organisation; without a code, one is derived from the name and made unique. */
  async create(input: NewOrganization): Promise<OrganizationEntity> {
    const name = input.name.trim();
    if (name === '') throw ApplicationError.invalid('name', 'ต้องระบุชื่อองค์กร', 'the organisation needs a name');
    const type = input.type ?? organizationTypeFromName(name);
    if (type === undefined) {
      throw ApplicationError.invalid('type', 'ระบุประเภทองค์กร (อบต. หรือเทศบาล) ไม่ได้จากชื่อ', 'cannot tell the organisation type from its name; give the type');
    }
    const code = input.code?.trim() ?? (await this.uniqueCode(codeFromName(name)));
    if (!CODE_PATTERN.test(code)) {
      throw ApplicationError.invalid('code', 'รหัสองค์กรต้องเป็นตัวอักษร ตัวเลข หรือ - ยาว 2–32 ตัว', 'the code must be 2–32 letters, digits or hyphens');
    }
    if (await this.manager.existsBy(OrganizationEntity, { code })) {
      throw ApplicationError.conflict(`รหัสองค์กร "${code}" มีอยู่แล้ว`, `the code "${code}" is taken`, 'code');
    }
    return this.manager.save(
      this.manager.create(OrganizationEntity, {
        id: randomUUID(),
        code,
        name,
        type,
        district: input.district?.trim() ?? '',
        province: input.province?.trim() ?? '',
        website: input.website?.trim() ?? '',
        phone: input.phone?.trim() ?? '',
        numeralStyle: input.numeralStyle ?? 'thai',
      }),
    );
  }

  async findByCode(code: string): Promise<OrganizationEntity> {
    const organization = await this.manager.findOneBy(OrganizationEntity, { code });
    if (organization === null) throw ApplicationError.notFound(`ไม่พบองค์กรรหัส "${code}"`, `no organisation with code "${code}"`, 'organization');
    return organization;
  }

  /** The organisation with this exact name (spaces ignored), if there is one. */
  async findByName(name: string): Promise<OrganizationEntity | null> {
    const wanted = name.replace(/\s+/g, '');
    const all = await this.manager.find(OrganizationEntity);
    return all.find((organization) => organization.name.replace(/\s+/g, '') === wanted) ?? null;
  }

  private async uniqueCode(base: string): Promise<string> {
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await this.manager.existsBy(OrganizationEntity, { code: candidate }))) return candidate;
    }
  }
}
