import { describe, expect, it } from 'vitest';
import { fill } from './words';

describe('fill', () => {
  it('puts values into every placeholder, numbers included', () => {
    expect(fill('Halaman {{page}} dari {{pages}}', { page: 2, pages: 9 })).toBe('Halaman 2 dari 9');
    expect(fill('{{a}} dan {{a}}', { a: 'x' })).toBe('x dan x');
  });

  it('leaves a placeholder without a value in sight rather than dropping it', () => {
    expect(fill('Halo {{name}}', {})).toBe('Halo {{name}}');
  });

  it('does not read placeholders inside the values it puts in', () => {
    expect(fill('{{a}} {{b}}', { a: '{{b}}', b: 'y' })).toBe('{{b}} y');
  });
});
