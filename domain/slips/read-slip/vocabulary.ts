/**
 * The words real POS slips print, per field, in the languages of the diagnosis vocabularies
 * (see bench/ocr-fixtures/SOURCES.md for the layouts they come from). Patterns run on lines
 * already normalised by normalize-line.ts (NFKC, upper case, full-width folded), so they are
 * written in upper case; CJK labels have no spaces (the reader strips them).
 */

/** Label patterns of printed identifiers: the value follows the label on the line, or on the next line. */
export const CODE_LABELS = {
  mid: /(MERCHANT\s*(?:ID|NO|NUMBER|#)|MERCH(?:ANT)?\s*ID|\bMID\b|商户编号|商户号|商店代號|商店代号|加盟店番号|가맹점번호|COMERCIO|ESERCENTE|ISYERI\s*NO|İŞYERİ\s*NO|VU-?NUMMER|VU-?NR|HANDLER-?ID|HÄNDLER-?ID|NO\s*MARCHAND|N°\s*COMMER[CÇ]ANT)/u,
  tid: /(TERMINAL\s*(?:ID|NO|NUMBER|#)|TERM(?:INAL)?\s*ID|\bTID\b|终端编号|终端号|端末番号|端末機代號|端末机代号|단말기번호|\bTERMINAL\b|TERMINALE|TERMINAL-?ID|NO\s*TERM|TERMİNAL\s*NO)/u,
  batch: /(BATCH(?:\s*(?:NO|NUM|#))?|批次号|批次號碼|批次号码|\bLOT\b|\bBNR\b|ΠΑΚΕΤΟ|SỐ\s*LÔ)/u,
  trace: /(TRACE(?:\s*(?:NO|NUM|#))?|\bSTAN\b|INVOICE(?:\s*NO)?|VOUCHER\s*NO|凭证号|憑證號|伝票番号|調閱編號|调阅编号|TA-?NR|\bOPER\b|NO\s*SEQ|PROVIZYON\s*NO|SỐ\s*HĐ|\bINV\b)/u,
  rrn: /(\bRRN\b|RREF\s*NUM|REF(?:ERENCE)?\s*(?:NO|NUM|#)|\bREF\b|参考号|參考號|序號|RETRIEVAL\s*REF)/u,
  approvalCode: /(AUTH(?:ORI[SZ]ATION)?\s*(?:CODE|NO|#)|\bAUTH\b|APPR(?:OVAL)?\s*(?:CODE|NO)|\bAPPROVAL\b|\bAUT\b|NO\s*AUTO(?:R)?|COD\s*AUT|授权码|授權碼|承認番号|승인번호|ONAY\s*KODU|GENEHMIGUNGS\.?\s*-?\s*NR|MÃ\s*CHUẨN\s*CHI|ΕΓΚΡΙΣΗ)/u,
  responseCode: /(RESP(?:ONSE)?\s*(?:CODE)?|\bRC\b|CODE\s*REP|CEVAP\s*KODU|应答码|應答碼|MÃ\s*PHẢN\s*HỒI|\bARC\b)/u,
  aid: /(\bAID\b|APP(?:LICATION)?\s*ID|A\.?I\.?I\.?C\.?|\bAPP\b)/u,
  tvr: /\bTVR\b/u,
  tsi: /\bTSI\b/u,
} as const;

export type CodeField = keyof typeof CODE_LABELS;

/** What the value of each identifier looks like once read (after OCR look-alike repair). */
export const CODE_VALUES: Record<CodeField, RegExp> = {
  mid: /^[A-Z0-9]{6,15}$/,
  tid: /^[A-Z0-9]{6,16}$/,
  batch: /^\d{1,6}$/,
  trace: /^\d{1,6}$/,
  rrn: /^[A-Z0-9]{12}$/,
  approvalCode: /^[A-Z0-9]{2,6}$/,
  responseCode: /^[A-Z0-9]{2}$/,
  aid: /^A0(?:[0-9A-F]{2}){4,15}$/,
  tvr: /^[0-9A-F]{10}$/,
  tsi: /^[0-9A-F]{4}$/,
};

/** Lines that name the amount charged, strongest first. */
export const TOTAL_LABELS = /(\bTOTAL\b|合计|合計|总计|總計|합계|\bTOTALE\b|\bSUMME\b|ΣΥΝΟΛΟ|ยอดรวม|TỔNG\s*TIỀN|\bTỔNG\b|\bGESAMT\b)/u;
export const AMOUNT_LABELS = /(\bAMOUNT\b|\bAMT\b|金额|金額|금액|\bMONTANT\b|\bIMPORTE\b|\bIMPORTO\b|\bBETRAG\b|\bTUTAR\b|ΠΟΣΟ|SỐ\s*TIỀN)/u;
/** Amount lines that are parts of the total, never the charge itself. */
export const PART_LABELS = /(\bTIPS?\b|GRATUITY|POURBOIRE|PROPINA|TRINKGELD|MANCIA|BAHŞİŞ|小费|小費|チップ|팁|SUB\s*-?TOTAL|\bTAX\b|\bVAT\b|CASHBACK|SURCHARGE)/u;
/** A DCC block: the terminal converted the amount into the card's currency. */
export const DCC_LABELS = /(EXCH(?:ANGE)?\.?\s*RATE|CURRENCY\s*CONVERSION|\bDCC\b|CHOICE\s+OF\s+CURRENC|TAUX\s+DE\s+CHANGE|WECHSELKURS|TIPO\s+DE\s+CAMBIO|汇率|匯率|為替レート|환율)/u;

/** Card-number labels (the masked number follows, or is on the next line). */
export const CARD_LABELS = /(CARD\s*(?:NO|NUMBER|#)|\bPAN\b|\bTARJ(?:ETA)?\b|\bCARTE\b|卡号|卡號|会員番号|カード番号|카드번호|SỐ\s*THẺ|KART\s*NO)/u;

/** Header and boiler-plate lines that are never the merchant's name. */
export const BOILERPLATE = /(CARDHOLDER|CUSTOMER|MERCHANT\s*COPY|COPY|COPIA|COPIE|TICKET|A\s*CONSERVER|KUNDENBELEG|K-U-N-D-E-N|HÄNDLERBELEG|BELEG|RECEIPT|签购单|簽帳單|签帐单|存根|売上票|控え|매출전표|고객용|CARTE\s*BANCAIRE|\bSALE\b|\bVENTA\b|\bVENTE\b|\bACHAT\b|PURCHASE|ACQUISTO|\bSATIS\b|ΑΓΟΡΑ|THANH\s*TOÁN|\bDEBIT\b|ใบ|RETAIN|SIGNATURE|SIGN|本人确认|WELCOME|THANK|MERCI|DANKE|GRACIAS|AUFBEWAHREN|NÜSHASI|NUSHASI|LIÊN|POS\b)/u;

export type OutcomeKind = "approved" | "offlineApproved" | "declined";

/** Outcome words, longest first within each kind (the first match on a line wins). */
export const OUTCOME_PHRASES: Array<{ kind: OutcomeKind; pattern: RegExp }> = [
  { kind: "offlineApproved", pattern: /UNABLE\s+TO\s+GO\s+ON\s*LINE/u },
  { kind: "offlineApproved", pattern: /(OFFLINE[\s-]*(APPROVED|SALE|ZAHLUNG|ISLEM|İŞLEM)|APPROVED\s+OFFLINE|\bOFFLINE\b|OFF-LINE|HORS\s*LIGNE|FUERA\s+DE\s+L[IÍ]NEA|FUORI\s+LINEA|ÇEVRİMDIŞI|CEVRIMDISI|NGOẠI\s*TUYẾN|脱机|脫機|離線|离线|オフライン|오프라인)/u },
  { kind: "declined", pattern: /(DECLINED|NOT\s+APPROVED|REFUS[EÉ]E?|ABGELEHNT|NICHT\s+M[OÖ]GLICH|DENEGADA|RECHAZADA|NEGATA|RIFIUTATA|RED\s+EDILDI|REDDEDILDI|TỪ\s*CHỐI|ΑΠΟΡΡΙΦΘΗΚΕ|交易失败|交易失敗|交易拒[绝絕]|拒[绝絕]|取引不成立|承認拒否|승인거절|거절)/u },
  { kind: "approved", pattern: /(\bAPPROVED\b|AUTHORI[SZ]ED|ACCEPT[EÉ]E?\b|ZAHLUNG\s+ERFOLGT|AUTORISIERUNG\s+ERFOLGT|APROBADA|ONAYLANDI|CHẤP\s*NHẬN|ΕΓΚΡΙΘΗΚΕ|TRANSAZIONE\s+ESEGUITA|APPROUV[EÉ]E|交易成功|^承認$|^승인$)/u },
];

export const APPROVED_CODES = new Set(["00", "Y1", "Y3", "08", "10", "11"]);
export const OFFLINE_APPROVED_CODES = new Set(["Y1", "Y3"]);
export const DECLINE_CODES = new Set(["Z1", "Z3", "01", "03", "04", "05", "12", "13", "14", "51", "54", "55", "57", "61", "62", "65", "75", "91", "96"]);
