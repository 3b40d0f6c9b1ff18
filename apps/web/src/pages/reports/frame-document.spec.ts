import { describe, expect, it } from '@jest/globals';
import { frameDocument } from './frame-document';

describe('frame document', () => {
  it('makes links open in a new tab inside an existing head', () => {
    expect(frameDocument('<html><head><title>x</title></head><body>a</body></html>')).toBe(
      '<html><head><base target="_blank"><title>x</title></head><body>a</body></html>',
    );
  });

  it('adds a head when the document has none', () => {
    expect(frameDocument('<html lang="th"><body>a</body></html>')).toBe('<html lang="th"><head><base target="_blank"></head><body>a</body></html>');
  });

  it('wraps a fragment in a whole document', () => {
    expect(frameDocument('<p>สวัสดี</p>')).toContain('<body><p>สวัสดี</p></body>');
  });

  it('puts what it is given first in the head', () => {
    expect(frameDocument('<html><head></head></html>', '<style>x</style>')).toBe('<html><head><base target="_blank"><style>x</style></head></html>');
  });
});
