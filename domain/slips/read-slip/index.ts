/**
 * Reading a photographed POS slip: OCR output in, slip-form fields with confidences out.
 * See docs/slips.md#reading-a-slip-photo.
 */
export { readSlipFields } from "./read-slip-fields";
export type { ReadField, ReadSlipOptions, ReadWarning, ReadWarningCode, SlipReading } from "./read-slip-fields";
export type { CardBrand } from "./read-card";
export type { OutcomeKind } from "./vocabulary";
export { pageFromText } from "./ocr-page";
export type { OcrBox, OcrLine, OcrPage, OcrWord } from "./ocr-page";
