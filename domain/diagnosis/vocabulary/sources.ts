/**
 * Where each terminal phrase of the vocabularies comes from. A phrase names one of these keys;
 * docs/diagnosis.md counts phrases per language and per kind. "unverified" marks wording the
 * author knows from terminals but did not find in a public source while writing: such phrases
 * are kept (they are the usual translations of EMV Book 4 standard messages and ISO 8583
 * response texts) and are the first to replace when a real string table turns up.
 */
export type SourceKind = "vendorManual" | "acquirerGuide" | "stringTable" | "travellerAccount" | "standard" | "unverified";

export type Source = { kind: SourceKind; title: string; url?: string };

export const SOURCES = {
  emvBook4: { kind: "standard", title: "EMV Book 4, standard messages 01–13 (APPROVED, DECLINED, INCORRECT PIN, NOT ACCEPTED, USE CHIP READER …)" },
  iso8583: { kind: "standard", title: "ISO 8583 field 39 response code texts" },
  emvStringTable: { kind: "stringTable", title: "ntufar/EMV Utility/Latin1.h (EMV standard message table)", url: "https://github.com/ntufar/EMV/blob/aad2fbc51ea77f6535c59f1852b502e991c6769e/Utility/Latin1.h" },
  castlesV3p: { kind: "stringTable", title: "ChenHungYang/V3P_V2 SOURCE/DISPLAY/DispMsg.h (Castles V3P terminal, Taiwan)", url: "https://github.com/ChenHungYang/V3P_V2/blob/65c25a82533340c7153780444ebd764b6ed1c50a/SOURCE/DISPLAY/DispMsg.h" },
  cardnet: { kind: "acquirerGuide", title: "CARDNET: 端末に表示されたエラーコード・メッセージ", url: "http://www.cardnet.co.jp/non-login/error/?cat=16&page=1" },
  airpay: { kind: "vendorManual", title: "Airペイ FAQ / エアペイのエラーコード", url: "https://kireilulu.com/airpay/airpay-error-code.html" },
  jdebit: { kind: "acquirerGuide", title: "J-Debit terminal error codes (G06 残高不足, G42 暗証番号エラー …)", url: "http://livelovesing-movie.com/" },
  myposEl: { kind: "vendorManual", title: "myPOS: Σφάλματα συναλλαγών στη συσκευή myPOS", url: "https://help.mypos.com/hc/el-gr/articles/6883077776925" },
  paysbuyTh: { kind: "acquirerGuide", title: "PAYSBUY: คำอธิบายรหัสที่เกิดจากการชำระผ่านบัตรเครดิต", url: "https://www.paysbuy.com/help-detail-90.aspx" },
  soepayHk: { kind: "vendorManual", title: "SoePay: 交易問題", url: "https://help.soepay.com/zh-HK/docs/apollo/troubleshooting-transaction/" },
  tuocpay: { kind: "acquirerGuide", title: "POS机交易失败的原因 (tuocpay)", url: "http://www.tuocpay.cn/post/23683.html" },
  rideandyEs: { kind: "travellerAccount", title: "Ride Andy help: PAGO DENEGADO on the driver's terminal", url: "https://help.rideandy.com/help/com-resoldre-una-incidencia-amb-el-pagament" },
  nasysVi: { kind: "vendorManual", title: "Nasys: Giao dịch timeout máy POS là gì?", url: "https://nasys.vn/giao-dich-timeout-may-pos-la-gi" },
  redsys: { kind: "acquirerGuide", title: "Redsys (Sermepa) response codes: 0101 Tarjeta caducada, 0116 Disponible insuficiente, 0180 Tarjeta ajena al servicio, 0190 Denegación sin especificar motivo …", url: "https://www.uviseo.com/noticia/15/codigos-respuesta-tpv-virtual-redsys" },
  greenpay: { kind: "acquirerGuide", title: "GreenPay FAQ: error messages of the authorising bank (Refiérase al emisor, Retirar tarjeta, Emisor no contesta …)", url: "https://support.greenpay.me/portal/en/kb/articles/faq-25-2-2020" },
  garantiTr: { kind: "acquirerGuide", title: "Garanti Bankası POS hata kodları ve anlamları", url: "https://serhatsaglam.com.tr/garanti-bankasi-sanal-pos-hata-kodlari" },
  monerisFr: { kind: "vendorManual", title: "Moneris Vx820 Duet, guide de référence: messages d'erreur (PUCE DEFECTUEUSE, S CONT NON ACCEP …)", url: "https://manualslib.fr/manual/66086/Moneris-Vx820-Duet.html?page=36" },
  tdIwl252Fr: { kind: "vendorManual", title: "TD iWL252, codes d'erreur (Utiliser le lecteur de carte à puce, Transaction non autorisée …)", url: "https://manualslib.fr/manual/648593/Td-Iwl252.html?page=44" },
  stonePt: { kind: "acquirerGuide", title: "Códigos de Cancelamento Stone (Cartão vencido, Suspeita de fraude, Cartão com restrição …)", url: "https://suporte.moip.com.br/hc/pt-br/articles/360049652113-C%C3%B3digos-de-Cancelamento-Stone" },
  squareJp: { kind: "vendorManual", title: "Square ヘルプ: カード決済のトラブルシューティング、リーダーのトラブルシューティング", url: "https://squareup.com/help/jp/ja/article/5082-payment-troubleshooting.html" },
  alphaNoteJa: { kind: "vendorManual", title: "クレジット決済端末の通信エラー|原因と対策は? (通信エラーの画面表示例)", url: "https://www.alpha-note.co.jp/support/terminal-08" },
  unverified: { kind: "unverified", title: "Common terminal wording known to the author, not yet checked against a public source" },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
