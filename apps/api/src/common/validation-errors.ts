import { BadRequestException, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
  messageTh: string;
}

/** Thai wording of class-validator's constraints, from its English message (which holds the limits). */
const THAI: Record<string, (english: string) => string> = {
  isNotEmpty: () => 'ต้องระบุ',
  isDefined: () => 'ต้องระบุ',
  isString: () => 'ต้องเป็นข้อความ',
  isInt: () => 'ต้องเป็นจำนวนเต็ม',
  isBoolean: () => 'ต้องเป็น true หรือ false',
  isArray: () => 'ต้องเป็นรายการ',
  isEmail: () => 'ต้องเป็นอีเมลที่ถูกต้อง',
  isUrl: () => 'ต้องเป็นที่อยู่เว็บ (URL)',
  isUUID: () => 'ต้องเป็นรหัส UUID',
  isIn: (english) => `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${english.split('values: ')[1] ?? ''}`,
  isEnum: (english) => `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${english.split('values: ')[1] ?? ''}`,
  min: (english) => `ต้องไม่น้อยกว่า ${firstNumber(english)}`,
  max: (english) => `ต้องไม่มากกว่า ${firstNumber(english)}`,
  minLength: (english) => `ต้องยาวอย่างน้อย ${firstNumber(english)} ตัวอักษร`,
  maxLength: (english) => `ยาวเกิน ${firstNumber(english)} ตัวอักษร`,
  arrayMaxSize: (english) => `มีได้ไม่เกิน ${firstNumber(english)} รายการ`,
  arrayMinSize: (english) => `ต้องมีอย่างน้อย ${firstNumber(english)} รายการ`,
  matches: () => 'รูปแบบไม่ถูกต้อง',
  isISO8601: () => 'ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD',
  whitelistValidation: () => 'ไม่รู้จักช่องนี้',
};

function firstNumber(text: string): string {
  return text.match(/\d+/)?.[0] ?? '';
}

/** Every bad field of a request, nested fields as "steps.0.text". */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      messageTh: `${field}: ${THAI[constraint]?.(message) ?? 'ไม่ถูกต้อง'}`,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** For ValidationPipe: a 400 naming every bad field, in English and Thai. */
export function validationExceptionFactory(errors: ValidationError[]): BadRequestException {
  const details = fieldErrors(errors);
  return new BadRequestException({
    statusCode: 400,
    code: 'INVALID',
    message: `invalid input: ${details.map((detail) => detail.field).join(', ')}`,
    messageTh: `ข้อมูลไม่ถูกต้อง: ${details.map((detail) => detail.field).join(', ')}`,
    errors: details,
  });
}
