export { csvField, csvRecord, csvText } from './csv-record';
