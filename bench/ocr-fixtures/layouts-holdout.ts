/**
 * HOLD-OUT layouts. The extractor is never run on the images made from these while it is being
 * developed; the lead scores them once at the end (`npx tsx bench/ocr.ts --holdout`).
 * Each follows a real slip layout named in SOURCES.md.
 */
import { MONTHS_EN, digits, makeTruth, money, pad2, printCard, putAmount, putDate, putDcc, time12, time24, type Layout } from "./layout-kit";
import { printEntry, printOutcome } from "./outcome-print";
import { formatMinor } from "./slip-values";

export const HOLDOUT_LAYOUTS: Layout[] = [
  {
    id: "au-eftpos",
    source: "jpmorgan-receipt-requirements",
    language: "en",
    country: "AU",
    cols: 36,
    font: "Liberation Mono",
    make: (rng) => makeTruth(rng, {
      currency: "AUD", exponent: 2, amount: [3, 400], brands: ["visa", "mastercard", "amex"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["x", "stars"], tipRate: 0.4,
      merchants: [
        { name: "BONDI ICEBERGS BISTRO", street: "1 NOTTS AVE", cityLine: "BONDI BEACH NSW 2026", city: "BONDI BEACH" },
        { name: "QUEEN VIC MARKET DELI", street: "513 ELIZABETH ST", cityLine: "MELBOURNE VIC 3000", city: "MELBOURNE" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.center("CUSTOMER COPY");
      p.pair("MERCHANT ID", t.mid); p.put("mid", t.mid);
      p.pair("TERMINAL ID", t.tid); p.put("tid", t.tid);
      p.pair("STAN", t.trace); p.put("trace", t.trace);
      const d = t.date;
      p.pair(`${pad2(d.day)} ${MONTHS_EN[d.month - 1]} ${d.year}`, time12(t)); putDate(p, t);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "CARD", true);
      printEntry(p, t, { chip: "CHIP", contactless: "TAP", swipe: "SWIPE", keyed: "MANUAL", fallback: "FALLBACK" }, "METHOD");
      p.pair("AID", t.aid); p.put("aid", t.aid);
      p.pair("RRN", t.rrn); p.put("rrn", t.rrn);
      p.row("PURCHASE");
      if (t.tipMinor > 0) { p.pair("PURCHASE AUD", `$${money(t, t.baseMinor)}`); p.pair("TIP AUD", `$${money(t, t.tipMinor)}`); }
      p.pair("TOTAL AUD", `$${money(t, t.totalMinor)}`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "(00) APPROVED", offline: "APPROVED OFFLINE", unable: "UNABLE TO GO ONLINE", declined: "DECLINED", authLabel: "AUTH NO", rcLabel: "RESPONSE" });
    },
  },
  {
    id: "tw-edc",
    source: "tw-edc-slip",
    language: "zh-Hant",
    country: "TW",
    cols: 32,
    font: "WenQuanYi Micro Hei Mono",
    make: (rng) => makeTruth(rng, {
      currency: "TWD", exponent: 0, amount: [80, 30000], brands: ["visa", "mastercard", "jcb", "unionpay"],
      entryModes: ["chip", "contactless", "swipe"], panStyles: ["stars", "first6"], mid: (r) => digits(r, 10), tid: (r) => digits(r, 8),
      merchants: [{ name: "鼎泰豐 信義店" }, { name: "誠品書店 敦南店" }],
    }),
    print: (t, p) => {
      p.center("信用卡簽帳單", 1.4, true);
      p.center("持卡人存根");
      p.row(t.merchant.name, 1.2); p.put("merchantName", t.merchant.name);
      p.pair("商店代號:", t.mid); p.put("mid", t.mid);
      p.pair("端末機代號:", t.tid); p.put("tid", t.tid);
      p.pair("批次號碼:", t.batch); p.put("batch", t.batch);
      p.pair("調閱編號:", t.trace); p.put("trace", t.trace);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "卡號:", false);
      printEntry(p, t, { chip: "晶片", contactless: "感應", swipe: "磁條", keyed: "人工輸入", fallback: "FALLBACK" }, "交易方式:");
      const d = t.date;
      p.pair("日期時間:", `${d.year}/${pad2(d.month)}/${pad2(d.day)} ${time24(t)}`); putDate(p, t);
      p.pair("序號:", t.rrn); p.put("rrn", t.rrn);
      const o = t.outcome;
      if (o.kind === "online") { p.pair("授權碼:", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.pair("總計:", `NT$ ${money(t, t.totalMinor)}`, 1.4, true); putAmount(p, t);
      if (o.kind === "offline") { p.center("離線交易", 1.2, true); p.put("offlineWording", "離線交易"); }
      if (o.kind === "declined") { p.center("交易拒絕", 1.2, true); p.put("offlineWording", "交易拒絕"); }
    },
  },
  {
    id: "it-pos",
    source: "it-pos-scontrino",
    language: "it",
    country: "IT",
    cols: 32,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "EUR", exponent: 2, amount: [2, 300], brands: ["visa", "mastercard", "maestro"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["stars", "x"], mid: (r) => digits(r, 8), tid: (r) => digits(r, 8),
      merchants: [
        { name: "BAR PASTICCERIA DUOMO", street: "VIA TORINO 4", cityLine: "20123 MILANO MI", city: "MILANO" },
        { name: "TRATTORIA DA ENZO", street: "VIA DEI VASCELLARI 29", cityLine: "00153 ROMA RM", city: "ROMA" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.center("ACQUISTO", 1.2, true);
      p.pair("ESERCENTE", t.mid); p.put("mid", t.mid);
      p.pair("TERMINALE", t.tid); p.put("tid", t.tid);
      const d = t.date;
      p.pair(`DATA ${pad2(d.day)}/${pad2(d.month)}/${String(d.year).slice(2)}`, `ORA ${time24(t, false)}`); putDate(p, t);
      p.pair("STAN", t.trace); p.put("trace", t.trace);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "PAN", false);
      printEntry(p, t, { chip: "CHIP", contactless: "CONTACTLESS", swipe: "BANDA MAGNETICA", keyed: "MANUALE", fallback: "FALLBACK" });
      p.pair("A.I.I.C.", t.aid); p.put("aid", t.aid);
      const o = t.outcome;
      if (o.kind === "online") { p.pair("COD.AUT.", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.pair("TOTALE EUR", money(t, t.totalMinor, { thousands: ".", decimal: "," }), 1.4, true); putAmount(p, t);
      if (o.kind === "online") p.center("TRANSAZIONE ESEGUITA", 1.1, true);
      if (o.kind === "offline") { p.center("FUORI LINEA", 1.1, true); p.put("offlineWording", "FUORI LINEA"); }
      if (o.kind === "declined") { p.center("TRANSAZIONE NEGATA", 1.1, true); p.put("offlineWording", "TRANSAZIONE NEGATA"); }
      p.center("COPIA CLIENTE");
    },
  },
  {
    id: "gr-pos",
    source: "gr-pos-slip",
    language: "el",
    country: "GR",
    cols: 32,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "EUR", exponent: 2, amount: [3, 300], brands: ["visa", "mastercard"],
      entryModes: ["contactless", "chip"], panStyles: ["stars"], mid: (r) => digits(r, 9), tid: (r) => digits(r, 8),
      merchants: [
        { name: "TAVERNA PLAKA", cityLine: "10558 ATHINA", city: "ATHINA" },
        { name: "MINI MARKET OIA", cityLine: "84702 SANTORINI", city: "SANTORINI" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.center("ΑΓΟΡΑ / SALE", 1.2, true);
      p.pair("MID:", t.mid); p.put("mid", t.mid);
      p.pair("TID:", t.tid); p.put("tid", t.tid);
      p.pair("ΠΑΚΕΤΟ/BATCH:", t.batch); p.put("batch", t.batch);
      const d = t.date;
      p.pair(`${pad2(d.day)}/${pad2(d.month)}/${d.year}`, time24(t, false)); putDate(p, t);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "", true);
      printEntry(p, t, { chip: "CHIP", contactless: "ΑΝΕΠΑΦΗ/CONTACTLESS", swipe: "SWIPE", keyed: "MANUAL", fallback: "FALLBACK" });
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("RRN:", t.rrn); p.put("rrn", t.rrn);
      p.pair("ΣΥΝΟΛΟ", `${money(t, t.totalMinor, { thousands: ".", decimal: "," })} EUR`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "ΕΓΚΡΙΘΗΚΕ/APPROVED", offline: "OFFLINE", unable: "UNABLE TO GO ONLINE", declined: "ΑΠΟΡΡΙΦΘΗΚΕ/DECLINED", authLabel: "ΕΓΚΡΙΣΗ/AUTH:", rcLabel: "RC:" });
    },
  },
  {
    id: "sg-dcc",
    source: "adyen-dcc",
    language: "en",
    country: "SG",
    cols: 36,
    font: "Liberation Mono",
    make: (rng) => makeTruth(rng, {
      currency: "SGD", exponent: 2, amount: [10, 2500], brands: ["visa", "mastercard", "unionpay"],
      entryModes: ["chip", "contactless"], panStyles: ["stars", "x"], outcome: { online: 4, offline: 2, declined: 1 },
      dcc: { rate: 0.75, homes: [
        { currency: "USD", exponent: 2, rate: [0.72, 0.76] },
        { currency: "JPY", exponent: 0, rate: [108, 115] },
        { currency: "CNY", exponent: 2, rate: [5.2, 5.5] },
      ] },
      merchants: [
        { name: "LAU PA SAT SATAY 7", street: "18 RAFFLES QUAY", cityLine: "SINGAPORE 048582", city: "SINGAPORE" },
        { name: "MUSTAFA CENTRE", street: "145 SYED ALWI RD", cityLine: "SINGAPORE 207704", city: "SINGAPORE" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      const d = t.date;
      p.pair(`${MONTHS_EN[d.month - 1]} ${pad2(d.day)}, ${String(d.year).slice(2)}`, time24(t)); putDate(p, t);
      p.pair("MID:", t.mid); p.put("mid", t.mid);
      p.pair("TID:", t.tid); p.put("tid", t.tid);
      p.pair("BATCH:", t.batch); p.put("batch", t.batch);
      p.pair("TRACE:", t.trace); p.put("trace", t.trace);
      p.pair("RREF NUM:", t.rrn); p.put("rrn", t.rrn);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "", true);
      printEntry(p, t, { chip: "CHIP", contactless: "CONTACTLESS", swipe: "SWIPE", keyed: "MANUAL", fallback: "FALLBACK" }, "ENTRY:");
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("TSI:", t.tsi); p.put("tsi", t.tsi);
      p.pair("BASE AMOUNT", `SGD ${money(t, t.totalMinor)}`, 1.2, true); putAmount(p, t);
      if (t.dcc) {
        p.rule();
        p.pair("EXCH RATE", `${t.dcc.rate}`);
        p.pair("TRANSACTION CURRENCY", t.dcc.homeCurrency);
        p.pair("TOTAL", `${t.dcc.homeCurrency} ${formatMinor(t.dcc.homeMinor, t.dcc.homeExponent)}`, 1.3, true);
        p.row("CARDHOLDER HAS BEEN OFFERED A CHOICE");
        p.row("OF CURRENCIES. DCC IS PROVIDED BY");
        p.row("THE MERCHANT.");
        putDcc(p, t);
      }
      printOutcome(p, t, { approved: "APPROVED", offline: "OFFLINE APPROVED", unable: "UNABLE TO GO ONLINE", declined: "DECLINED", authLabel: "APPR CODE:" });
    },
  },
  {
    id: "ca-moneris",
    source: "ca-moneris-receipt",
    language: "fr",
    country: "CA",
    cols: 36,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "CAD", exponent: 2, amount: [3, 400], brands: ["visa", "mastercard", "amex"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["stars", "x"], tipRate: 0.5,
      merchants: [
        { name: "CAFE OLIMPICO", street: "124 RUE SAINT-VIATEUR O", cityLine: "MONTREAL QC H2T 2L1", city: "MONTREAL" },
        { name: "MARCHE JEAN-TALON 21", street: "7070 AV HENRI-JULIEN", cityLine: "MONTREAL QC H2S 3S3", city: "MONTREAL" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.center("ACHAT / PURCHASE", 1.2, true);
      const d = t.date;
      p.pair(`DATE: ${String(d.year).slice(2)}/${pad2(d.month)}/${pad2(d.day)}`, `HEURE: ${time24(t)}`); putDate(p, t);
      p.pair("NO TERM:", t.tid); p.put("tid", t.tid);
      p.pair("NO SEQ:", t.trace); p.put("trace", t.trace);
      p.pair("LOT:", t.batch.slice(-3)); p.put("batch", t.batch.slice(-3));
      printCard(t, p, "CARTE:", false);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printEntry(p, t, { chip: "PUCE", contactless: "SANS CONTACT", swipe: "PISTE", keyed: "MANUEL", fallback: "FALLBACK" });
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("TVR:", t.tvr); p.put("tvr", t.tvr);
      if (t.tipMinor > 0) { p.pair("MONTANT", `${money(t, t.baseMinor, { thousands: " ", decimal: "," })} $`); p.pair("POURBOIRE", `${money(t, t.tipMinor, { thousands: " ", decimal: "," })} $`); }
      p.pair("TOTAL", `${money(t, t.totalMinor, { thousands: " ", decimal: "," })} $ CAD`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "APPROUVEE - MERCI", offline: "HORS LIGNE", declined: "REFUSEE", authLabel: "NO AUTOR:", rcLabel: "CODE REP:" });
      p.center("COPIE DU CLIENT");
    },
  },
];
