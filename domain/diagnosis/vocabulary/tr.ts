/** Turkish POS wording. Dotless ı and other letters are folded (ı → i, ş → s, ğ → g). */
import type { Vocabulary } from "./entry";

export const TR: Vocabulary = { language: "tr", entries: [
  ["declined", "islem reddedildi", "unverified"],
  ["declined", "onaylanmadi", "unverified"],
  ["approved", "onaylandi", "unverified"],
  ["approved", "islem basarili", "unverified"],
  ["transactionFailed", "islem basarisiz", "unverified"],
  ["commsError", "baglanti hatasi", "unverified"],
  ["commsError", "iletisim hatasi", "unverified"],
  ["hostTimeout", "zaman asimi", "unverified"],
  ["cardReadError", "kart okunamadi", "unverified"],
  ["chipError", "chip hatasi", "unverified"],
  ["insertRequested", "karti takiniz", "unverified"],
  ["wrongPin", "sifre hatali", "unverified"],
  ["wrongPin", "hatali sifre", "unverified"],
  ["pinTriesExceeded", "sifre deneme sayisi asildi", "unverified"],
  ["insufficientFunds", "yetersiz bakiye", "unverified"],
  ["insufficientFunds", "bakiye yetersiz", "unverified"],
  ["overAmountLimit", "limit yetersiz", "unverified"],
  ["overAmountLimit", "limit asimi", "unverified"],
  ["expiredCard", "kartin suresi dolmus", "unverified"],
  ["cardBlocked", "kart bloke", "unverified"],
  ["notAccepted", "kart gecersiz", "unverified"],
  ["referToIssuer", "bankanizi arayiniz", "unverified"],
]};
