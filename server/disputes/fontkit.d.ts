// fontkit 2 ships no types; the pack uses only `create` and the few members below.
declare module "fontkit" {
  export type FontkitPath = { scale(x: number, y: number): FontkitPath; toSVG(): string };
  export type FontkitGlyph = { id: number; advanceWidth: number; path: FontkitPath };
  export type FontkitFont = {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    getGlyph(id: number): FontkitGlyph;
    layout(text: string): { glyphs: FontkitGlyph[]; positions: { xAdvance: number }[] };
    createSubset(): { encode(): Uint8Array; encodeStream?: () => unknown };
  };
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
