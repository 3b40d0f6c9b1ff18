// Reference data gathered from public sources (see each file's `sources` and `unconfirmed`): starter
// data administrators copy and then edit, never facts the code depends on. The JSON files are
// imported, so they travel with the code; nothing is read from disk at run time.
import itaCatalogFile from '../ita-catalog.json';
import thaiHolidaysFile from '../thai-holidays.json';

/** Where a fact came from. */
export interface ReferenceSource {
  readonly url: string;
  readonly what: string;
}

/** A government holiday (วันหยุดราชการ) of Thailand. */
export interface ThaiHoliday {
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
  readonly nameTh: string;
  readonly nameEn: string;
  /** public: the yearly list; substitution: วันหยุดชดเชย; special: a Cabinet's extra day. */
  readonly kind: string;
}

/** An ITA indicator (ตัวชี้วัด ๑–๑๐) and the tool that measures it. */
export interface ItaIndicator {
  readonly no: number;
  readonly name: string;
  readonly tool: 'IIT' | 'EIT' | 'OIT';
}

/** An OIT item (O1…) of one fiscal year's published list. */
export interface OitItem {
  readonly code: string;
  readonly title: string;
  /** Null where the source did not say (the 2569 list). */
  readonly indicator: number | null;
  readonly sub: string | null;
  readonly group?: string | null;
}

interface RawHoliday {
  date: string;
  name_th: string;
  name_en: string;
  kind: string;
}

const holidaysByYear = thaiHolidaysFile.holidays as Record<string, RawHoliday[]>;
const oitByYear = itaCatalogFile.oit as Record<string, OitItem[]>;

/** Every government holiday in the file, oldest first. */
export function thaiHolidays(): ThaiHoliday[] {
  return Object.values(holidaysByYear)
    .flat()
    .map((holiday) => ({ date: holiday.date, nameTh: holiday.name_th, nameEn: holiday.name_en, kind: holiday.kind }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday file's sources, the entries it could not confirm and its notes. */
export function thaiHolidaySources(): { sources: ReferenceSource[]; unconfirmed: string[]; notes: string[] } {
  return { sources: thaiHolidaysFile.sources, unconfirmed: thaiHolidaysFile.unconfirmed, notes: thaiHolidaysFile.notes };
}

/** The ten ITA indicators with their tool. */
export function itaIndicators(): ItaIndicator[] {
  return itaCatalogFile.indicators.map((indicator) => ({ no: indicator.no, name: indicator.name, tool: indicator.tool as ItaIndicator['tool'] }));
}

/** The fiscal years (พ.ศ.) that have a published OIT item list, oldest first. */
export function oitYears(): number[] {
  return Object.keys(oitByYear)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The OIT items of a fiscal year; when the file has no list for that year, the list of the nearest
 * earlier year, with that year named. Undefined when no earlier list exists.
 */
export function oitItemsFor(fiscalYearBe: number): { sourceYearBe: number; items: OitItem[] } | undefined {
  const sourceYearBe = oitYears()
    .filter((year) => year <= fiscalYearBe)
    .pop();
  return sourceYearBe === undefined ? undefined : { sourceYearBe, items: oitByYear[String(sourceYearBe)] };
}

/** The catalog file's sources and the entries it could not confirm. */
export function itaCatalogSources(): { sources: ReferenceSource[]; unconfirmed: string[] } {
  return { sources: itaCatalogFile.sources, unconfirmed: itaCatalogFile.unconfirmed };
}
