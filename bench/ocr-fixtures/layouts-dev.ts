/**
 * Development layouts: the extractor may be tuned against the images made from these.
 * Each follows a real slip layout named in SOURCES.md (labels, order, date format, mask).
 */
import {
  MONTHS_EN, digits, localDateTime, makeTruth, money, pad2, printCard, putAmount, putDate, putDcc, putEmv,
  time12, time24, type Layout,
} from "./layout-kit";
import { printEntry, printOutcome } from "./outcome-print";
import { formatMinor } from "./slip-values";

const EN_ENTRY = { chip: "CHIP", contactless: "CONTACTLESS", swipe: "SWIPED", keyed: "MANUAL ENTRY", fallback: "CHIP FALLBACK" } as const;

export const DEV_LAYOUTS: Layout[] = [
  {
    id: "us-verifone",
    source: "us-receipt-requirements",
    language: "en",
    country: "US",
    cols: 40,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "USD", exponent: 2, amount: [4, 240], brands: ["visa", "mastercard", "amex", "unionpay"],
      entryModes: ["chip", "contactless", "swipe", "keyed"], panStyles: ["x", "stars"], tipRate: 0.6,
      merchants: [
        { name: "BLUE DORY COFFEE", street: "22 CHESTNUT STREET", cityLine: "PORTSMOUTH, NH 03801", city: "PORTSMOUTH" },
        { name: "MISSION TAQUERIA", street: "2889 MISSION ST", cityLine: "SAN FRANCISCO, CA 94110", city: "SAN FRANCISCO" },
        { name: "HUDSON NEWS #412", street: "JFK TERMINAL 4", cityLine: "JAMAICA, NY 11430", city: "JAMAICA" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.4, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.blank();
      p.pair("MERCHANT ID:", t.mid); p.put("mid", t.mid);
      p.pair("TERMINAL ID:", t.tid); p.put("tid", t.tid);
      const d = t.date;
      p.pair(`${pad2(d.month)}/${pad2(d.day)}/${String(d.year).slice(2)}`, time12(t)); putDate(p, t);
      p.pair("BATCH #:", t.batch); p.put("batch", t.batch);
      p.pair("TRACE #:", t.trace); p.put("trace", t.trace);
      p.center("SALE", 1.4, true);
      p.pair(t.applicationLabel.split(" ")[0] ?? "", ""); p.put("brand", t.brand);
      printCard(t, p, "CARD #:");
      printEntry(p, t, EN_ENTRY, "ENTRY:");
      if (t.tipMinor > 0) {
        p.pair("AMOUNT", `$${money(t, t.baseMinor)}`);
        p.pair("TIP", `$${money(t, t.tipMinor)}`);
      }
      p.pair("TOTAL", `USD $${money(t, t.totalMinor)}`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "APPROVED", offline: "OFFLINE APPROVED", unable: "UNABLE TO GO ONLINE", declined: "DECLINED", authLabel: "AUTH CODE:", rcLabel: "RESP CODE:" });
      p.pair("AID:", t.aid); p.pair("APP:", t.applicationLabel); p.pair("TVR:", t.tvr); p.pair("TSI:", t.tsi);
      putEmv(p, t, ["aid", "applicationLabel", "tvr", "tsi"]);
      p.center("CARDHOLDER COPY");
    },
  },
  {
    id: "uk-countertop",
    source: "trustpayments-receipt",
    language: "en",
    country: "GB",
    cols: 36,
    font: "Liberation Mono",
    make: (rng) => makeTruth(rng, {
      currency: "GBP", exponent: 2, amount: [2, 180], brands: ["visa", "mastercard", "maestro", "amex"],
      entryModes: ["contactless", "chip", "chip", "swipe"], panStyles: ["stars", "stars", "x"],
      mid: (r) => digits(r, 10), tid: (r) => digits(r, 8),
      merchants: [
        { name: "THE KINGS ARMS", street: "25 ROUPELL STREET", cityLine: "LONDON SE1 8TB", city: "LONDON" },
        { name: "PRET A MANGER 0231", street: "1 PRINCES STREET", cityLine: "EDINBURGH EH2 2EQ", city: "EDINBURGH" },
        { name: "BOOTS UK LTD", street: "65 NEW STREET", cityLine: "BIRMINGHAM B2 4DU", city: "BIRMINGHAM" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.rule("=");
      const d = t.date;
      p.pair(`${pad2(d.day)}/${pad2(d.month)}/${d.year}`, time24(t)); putDate(p, t);
      p.pair("TID:", t.tid); p.put("tid", t.tid);
      p.pair("MID:", t.mid); p.put("mid", t.mid);
      p.center("SALE", 1.2, true);
      printEntry(p, t, { chip: "ICC", contactless: "CONTACTLESS", swipe: "SWIPE", keyed: "KEYED", fallback: "FALLBACK" });
      printCard(t, p, "PAN:", false);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("TVR:", t.tvr); p.put("tvr", t.tvr);
      p.pair("TSI:", t.tsi); p.put("tsi", t.tsi);
      p.pair("REF:", t.rrn); p.put("rrn", t.rrn);
      p.pair("TOTAL", `£${money(t, t.totalMinor)}`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "AUTHORISED", offline: "OFFLINE", unable: "UNABLE TO GO ONLINE", declined: "DECLINED", authLabel: "AUTH CODE:" });
      p.center("PLEASE RETAIN FOR YOUR RECORDS");
      p.center("CUSTOMER COPY");
    },
  },
  {
    id: "cn-unionpay",
    source: "wizarpos-purchase-bill",
    language: "zh",
    country: "CN",
    cols: 32,
    font: "WenQuanYi Micro Hei Mono",
    make: (rng) => makeTruth(rng, {
      currency: "CNY", exponent: 2, amount: [15, 3000], brands: ["unionpay", "visa", "mastercard"],
      entryModes: ["chip", "contactless", "swipe"], panStyles: ["first6", "stars"],
      merchants: [
        { name: "上海新天地餐饮有限公司" }, { name: "北京王府井百货" }, { name: "深圳华润万家超市" },
      ],
    }),
    print: (t, p) => {
      p.center("POS 签购单", 1.4, true);
      p.center("持卡人存根 CARDHOLDER COPY");
      p.rule();
      p.row("商户名称(MERCHANT NAME):"); p.row(t.merchant.name); p.put("merchantName", t.merchant.name);
      p.row("商户编号(MERCHANT NO):"); p.row(t.mid); p.put("mid", t.mid);
      p.row("终端编号(TERMINAL NO):"); p.row(t.tid); p.put("tid", t.tid);
      p.row("卡号(CARD NUMBER):");
      const entry = { chip: "插卡", contactless: "挥卡", swipe: "刷卡", keyed: "手输", fallback: "降级" }[t.entryMode];
      printCard(t, p, "", false); p.row(entry); p.put("entryMode", t.entryMode);
      p.row(`发卡行(ISSUER): ${t.applicationLabel}`); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      p.row("交易类别: 消费(SALE)");
      p.pair("批次号(BATCH NO):", t.batch); p.put("batch", t.batch);
      p.pair("凭证号(VOUCHER NO):", t.trace); p.put("trace", t.trace);
      const o = t.outcome;
      if (o.kind !== "declined" && o.approvalCode) { p.pair("授权码(AUTH NO):", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.row("日期/时间(DATE/TIME):");
      const d = t.date;
      p.row(`${d.year}/${pad2(d.month)}/${pad2(d.day)} ${time24(t)}`); putDate(p, t);
      p.pair("参考号(REF NO):", t.rrn); p.put("rrn", t.rrn);
      p.pair("应答码:", o.responseCode); p.put("responseCode", o.responseCode);
      p.row("金额(AMOUNT):");
      p.pair("RMB", money(t, t.totalMinor), 1.4, true); putAmount(p, t);
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("TVR:", t.tvr); p.put("tvr", t.tvr);
      if (o.kind === "offline") { p.center("脱机交易", 1.2, true); p.put("offlineWording", "脱机交易"); }
      if (o.kind === "declined") { p.center("交易失败", 1.2, true); p.put("offlineWording", "交易失败"); }
      p.row("持卡人签名:");
      p.row("本人确认以上交易，同意将其记入本卡账户");
    },
  },
  {
    id: "jp-cat",
    source: "jp-cat-slip",
    language: "ja",
    country: "JP",
    cols: 32,
    font: "IPAGothic",
    make: (rng) => makeTruth(rng, {
      currency: "JPY", exponent: 0, amount: [300, 48000], brands: ["jcb", "visa", "mastercard", "amex", "unionpay"],
      entryModes: ["chip", "contactless", "swipe"], panStyles: ["stars", "x"], mid: (r) => digits(r, 13), tid: (r) => digits(r, 13),
      merchants: [{ name: "ファミリーマート 渋谷店" }, { name: "ビックカメラ 有楽町店" }, { name: "すき家 新宿西口店" }],
    }),
    print: (t, p) => {
      p.center("クレジット売上票", 1.4, true);
      p.center("お客様控え");
      p.row(t.merchant.name, 1.2); p.put("merchantName", t.merchant.name);
      p.rule();
      p.pair("カード会社", t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "会員番号", false);
      const d = t.date;
      p.pair("ご利用日", `${d.year}/${pad2(d.month)}/${pad2(d.day)} ${time24(t, false)}`); putDate(p, t);
      p.pair("端末番号", t.tid); p.put("tid", t.tid);
      p.pair("伝票番号", t.trace.slice(1)); p.put("trace", t.trace.slice(1));
      printEntry(p, t, { chip: "IC", contactless: "非接触IC", swipe: "磁気", keyed: "手入力", fallback: "フォールバック" }, "取引内容");
      p.pair("支払区分", "一括");
      p.pair("AID", t.aid); p.put("aid", t.aid);
      const o = t.outcome;
      if (o.kind === "online") { p.pair("承認番号", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.pair("合計", `¥${money(t, t.totalMinor)}`, 1.4, true); putAmount(p, t);
      if (o.kind === "offline") { p.center("オフライン承認", 1.2, true); p.put("offlineWording", "オフライン承認"); }
      if (o.kind === "declined") { p.center("取引不成立", 1.2, true); p.put("offlineWording", "取引不成立"); }
    },
  },
  {
    id: "kr-van",
    source: "kr-card-sales-slip",
    language: "ko",
    country: "KR",
    cols: 32,
    font: "NanumGothicCoding",
    make: (rng) => makeTruth(rng, {
      currency: "KRW", exponent: 0, amount: [3000, 250000], brands: ["visa", "mastercard", "unionpay", "jcb"],
      entryModes: ["chip", "swipe", "contactless"], panStyles: ["stars"], mid: (r) => digits(r, 9), tid: (r) => digits(r, 10),
      merchants: [{ name: "명동교자 본점" }, { name: "올리브영 강남점" }, { name: "GS25 홍대점" }],
    }),
    print: (t, p) => {
      p.center("신용카드 매출전표", 1.4, true);
      p.center("[고객용]");
      p.row(t.merchant.name, 1.2); p.put("merchantName", t.merchant.name);
      p.rule();
      p.pair("카드종류", t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "카드번호", false);
      const d = t.date;
      p.pair("거래일시", `${String(d.year).slice(2)}/${pad2(d.month)}/${pad2(d.day)} ${time24(t)}`); putDate(p, t);
      p.pair("할부", "일시불");
      printEntry(p, t, { chip: "IC", contactless: "비접촉", swipe: "MS", keyed: "수기", fallback: "FALLBACK" }, "거래유형");
      p.pair("가맹점번호", t.mid); p.put("mid", t.mid);
      p.pair("단말기번호", t.tid); p.put("tid", t.tid);
      const o = t.outcome;
      if (o.kind === "online") { p.pair("승인번호", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.pair("합계", `${money(t, t.totalMinor)}원`, 1.4, true); putAmount(p, t);
      if (o.kind === "offline") { p.center("오프라인 승인", 1.2, true); p.put("offlineWording", "오프라인 승인"); }
      if (o.kind === "declined") { p.center("승인거절", 1.2, true); p.put("offlineWording", "승인거절"); }
    },
  },
  {
    id: "fr-cb",
    source: "cartes-bancaires-ticket",
    language: "fr",
    country: "FR",
    cols: 32,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "EUR", exponent: 2, amount: [3, 220], brands: ["cb", "visa", "mastercard"],
      entryModes: ["contactless", "chip", "chip"], panStyles: ["hash", "stars", "x"], mid: (r) => digits(r, 7),
      outcome: { online: 3, offline: 3, declined: 1 },
      merchants: [
        { name: "BOULANGERIE JULIEN", cityLine: "75001 PARIS", city: "PARIS" },
        { name: "MONOPRIX NICE", cityLine: "06000 NICE", city: "NICE" },
        { name: "TABAC DU PORT", cityLine: "13002 MARSEILLE", city: "MARSEILLE" },
      ],
    }),
    print: (t, p) => {
      p.center("CARTE BANCAIRE");
      printEntry(p, t, { chip: "EMV CONTACT", contactless: "SANS CONTACT", swipe: "PISTE", keyed: "SAISIE MANUELLE", fallback: "SECOURS PISTE" });
      p.center(t.aid); p.put("aid", t.aid);
      p.center(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      const d = t.date;
      p.row(`LE ${pad2(d.day)}/${pad2(d.month)}/${String(d.year).slice(2)} A ${time24(t)}`); putDate(p, t);
      p.row(t.merchant.name); p.put("merchantName", t.merchant.name);
      p.row(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.row(t.mid); p.put("mid", t.mid);
      p.row(`${t.tid.slice(0, 3)} ${t.trace} ${t.batch.slice(-2)}`);
      printCard(t, p, "", false);
      const o = t.outcome;
      if (o.kind === "online") { p.row(`No AUTO: ${o.approvalCode}`); p.put("approvalCode", o.approvalCode); }
      p.row(`MONTANT= ${money(t, t.totalMinor, { thousands: " ", decimal: "," })} EUR`, 1.3, true); putAmount(p, t);
      p.center("DEBIT");
      if (o.kind === "offline") { p.center("HORS LIGNE", 1.2, true); p.put("offlineWording", "HORS LIGNE"); }
      if (o.kind === "declined") { p.center("PAIEMENT REFUSE", 1.2, true); p.put("offlineWording", "PAIEMENT REFUSE"); }
      p.center("TICKET CLIENT");
      p.center("A CONSERVER");
    },
  },
  {
    id: "de-girocard",
    source: "ingenico-desk5000-de",
    language: "de",
    country: "DE",
    cols: 32,
    font: "Liberation Mono",
    make: (rng) => makeTruth(rng, {
      currency: "EUR", exponent: 2, amount: [2, 300], brands: ["girocard", "mastercard", "visa", "maestro"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["hash"], mid: (r) => digits(r, 14), tid: (r) => digits(r, 8),
      merchants: [
        { name: "Backhaus Mahlzahn", street: "Hauptstr. 12", cityLine: "10115 Berlin", city: "Berlin" },
        { name: "Edeka Center Wolf", street: "Leopoldstr. 44", cityLine: "80802 München", city: "München" },
        { name: "Kiosk am Hafen", street: "Landungsbrücken 3", cityLine: "20359 Hamburg", city: "Hamburg" },
      ],
    }),
    print: (t, p) => {
      p.center("K-U-N-D-E-N-B-E-L-E-G");
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      const d = t.date;
      p.pair(`${pad2(d.day)}.${pad2(d.month)}.${d.year}`, time24(t, false)); putDate(p, t);
      p.pair("Terminal-ID", t.tid); p.put("tid", t.tid);
      p.pair(`TA-Nr. ${t.trace}`, `BNr. ${t.batch.slice(-4)}`); p.put("trace", t.trace);
      p.center("Kartenzahlung", 1.2, true);
      printEntry(p, t, { chip: "Chip", contactless: "kontaktlos", swipe: "Magnetstreifen", keyed: "manuell", fallback: "Fallback" });
      p.row(t.applicationLabel === "GIROCARD" ? "girocard" : t.applicationLabel); p.put("applicationLabel", t.applicationLabel === "GIROCARD" ? "girocard" : t.applicationLabel); p.put("brand", t.brand);
      p.pair("EUR", money(t, t.totalMinor, { thousands: ".", decimal: "," }), 1.4, true); putAmount(p, t);
      p.row("PAN"); printCard(t, p, "", false);
      p.pair("VU-Nummer", t.mid); p.put("mid", t.mid);
      p.pair("AID", t.aid); p.put("aid", t.aid);
      const o = t.outcome;
      if (o.kind === "online") { p.row("Genehmigungs.-Nr."); p.row(o.approvalCode); p.put("approvalCode", o.approvalCode); }
      if (o.kind === "online") p.center("Zahlung erfolgt", 1.2, true);
      if (o.kind === "offline") { p.center("OFFLINE-ZAHLUNG", 1.2, true); p.put("offlineWording", "OFFLINE-ZAHLUNG"); }
      if (o.kind === "declined") { p.center("Zahlung nicht möglich", 1.2, true); p.put("offlineWording", "Zahlung nicht möglich"); }
      p.center("BITTE BELEG AUFBEWAHREN");
    },
  },
  {
    id: "th-edc",
    source: "th-edc-slip",
    language: "en",
    country: "TH",
    cols: 32,
    font: "DejaVu Sans Mono, Tlwg Mono",
    make: (rng) => makeTruth(rng, {
      currency: "THB", exponent: 2, amount: [80, 18000], brands: ["visa", "mastercard", "unionpay", "jcb"],
      entryModes: ["chip", "contactless", "swipe", "fallback"], panStyles: ["x", "stars"],
      mid: (r) => digits(r, 15), tid: (r) => digits(r, 8),
      merchants: [
        { name: "CENTRAL WORLD FOOD HALL", cityLine: "BANGKOK", city: "BANGKOK" },
        { name: "NIMMAN CAFE", cityLine: "CHIANG MAI", city: "CHIANG MAI" },
        { name: "PATONG SEAFOOD", cityLine: "PHUKET", city: "PHUKET" },
      ],
    }),
    print: (t, p) => {
      p.center("ใบบันทึกรายการขาย");
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.pair(`TID:${t.tid}`, ""); p.put("tid", t.tid);
      p.pair(`MID:${t.mid}`, ""); p.put("mid", t.mid);
      p.pair(`BATCH:${t.batch}`, `TRACE:${t.trace}`); p.put("batch", t.batch); p.put("trace", t.trace);
      const d = t.date;
      p.pair(`DATE: ${pad2(d.day)} ${MONTHS_EN[d.month - 1]} ${String(d.year).slice(2)}`, `TIME: ${time24(t)}`); putDate(p, t);
      p.pair(`REF NO: ${t.rrn}`, ""); p.put("rrn", t.rrn);
      const o = t.outcome;
      const apprCode = o.kind === "declined" ? null : o.approvalCode;
      if (apprCode) { p.pair(`APPR CODE: ${apprCode}`, ""); p.put("approvalCode", apprCode); }
      p.center("SALE", 1.4, true);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "", true);
      printEntry(p, t, { chip: "(C) CHIP", contactless: "(T) CONTACTLESS", swipe: "(S) SWIPE", keyed: "(M) MANUAL", fallback: "(F) FALLBACK" });
      p.pair("APP:", t.aid); p.put("aid", t.aid);
      p.pair("TVR:", t.tvr); p.put("tvr", t.tvr);
      p.pair("TOTAL/ยอดรวม", `THB ${money(t, t.totalMinor)}`, 1.2, true); putAmount(p, t);
      if (o.kind === "online") p.center("APPROVED");
      if (o.kind === "offline") {
        const word = o.responseCode === "Y3" ? "UNABLE TO GO ONLINE" : "OFFLINE SALE";
        p.pair("RESP:", o.responseCode); p.put("responseCode", o.responseCode);
        p.center(word, 1.1, true); p.put("offlineWording", word);
      }
      if (o.kind === "declined") { p.pair("RESP:", o.responseCode); p.put("responseCode", o.responseCode); p.center("TRANSACTION DECLINED", 1.1, true); p.put("offlineWording", "TRANSACTION DECLINED"); }
      p.center("NO SIGNATURE REQUIRED");
      p.center("*** CUSTOMER COPY ***");
    },
  },
  {
    id: "es-tpv",
    source: "es-tpv-ticket",
    language: "es",
    country: "ES",
    cols: 32,
    font: "Liberation Mono",
    make: (rng) => makeTruth(rng, {
      currency: "EUR", exponent: 2, amount: [2, 260], brands: ["visa", "mastercard", "amex"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["stars", "x"], mid: (r) => digits(r, 9), tid: (r) => digits(r, 8),
      merchants: [
        { name: "CAFETERIA LA PLAZA", street: "C/ MAYOR 15", cityLine: "28013 MADRID", city: "MADRID" },
        { name: "MERCAT DE LA BOQUERIA 112", street: "LA RAMBLA 91", cityLine: "08001 BARCELONA", city: "BARCELONA" },
        { name: "FARMACIA TRIANA", street: "C/ BETIS 8", cityLine: "41010 SEVILLA", city: "SEVILLA" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.pair("COMERCIO:", t.mid); p.put("mid", t.mid);
      p.pair("TERMINAL:", t.tid); p.put("tid", t.tid);
      const d = t.date;
      p.pair(`FECHA: ${pad2(d.day)}/${pad2(d.month)}/${String(d.year).slice(2)}`, `HORA: ${time24(t, false)}`); putDate(p, t);
      p.center("VENTA", 1.2, true);
      printCard(t, p, "TARJ:", false);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printEntry(p, t, { chip: "CHIP", contactless: "SIN CONTACTO", swipe: "BANDA", keyed: "MANUAL", fallback: "FALLBACK" });
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("OPER.:", t.trace); p.put("trace", t.trace);
      const o = t.outcome;
      if (o.kind === "online") { p.pair("AUT:", o.approvalCode); p.put("approvalCode", o.approvalCode); }
      p.pair("IMPORTE:", `${money(t, t.totalMinor, { thousands: ".", decimal: "," })} EUR`, 1.4, true); putAmount(p, t);
      if (o.kind === "online") p.center("OPERACION APROBADA", 1.1, true);
      if (o.kind === "offline") { p.center("FUERA DE LINEA", 1.1, true); p.put("offlineWording", "FUERA DE LINEA"); }
      if (o.kind === "declined") { p.center("OPERACION DENEGADA", 1.1, true); p.put("offlineWording", "OPERACION DENEGADA"); }
      p.center("COPIA PARA EL CLIENTE");
    },
  },
  {
    id: "hk-dcc",
    source: "adyen-dcc",
    language: "en",
    country: "HK",
    cols: 40,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "HKD", exponent: 2, amount: [40, 9000], brands: ["visa", "mastercard"],
      entryModes: ["chip", "contactless"], panStyles: ["stars", "first6"], outcome: { online: 5, offline: 2, declined: 1 },
      dcc: { rate: 0.75, homes: [
        { currency: "CNY", exponent: 2, rate: [0.88, 0.95] },
        { currency: "USD", exponent: 2, rate: [0.125, 0.132] },
        { currency: "KRW", exponent: 0, rate: [172, 185] },
      ] },
      merchants: [
        { name: "TSIM SHA TSUI OPTICAL", street: "32 NATHAN ROAD", cityLine: "KOWLOON, HONG KONG", city: "KOWLOON" },
        { name: "SASA COSMETIC CWB", street: "8 PERCIVAL ST", cityLine: "CAUSEWAY BAY, HONG KONG", city: "CAUSEWAY BAY" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.street ?? ""); p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.pair("MID:", t.mid); p.put("mid", t.mid);
      p.pair("TID:", t.tid); p.put("tid", t.tid);
      const d = t.date;
      p.pair("DATE/TIME:", `${pad2(d.day)}/${pad2(d.month)}/${d.year} ${time24(t, false)}`); putDate(p, t);
      p.pair("BATCH:", t.batch); p.put("batch", t.batch);
      p.pair("INVOICE:", t.trace); p.put("trace", t.trace);
      p.pair("RRN:", t.rrn); p.put("rrn", t.rrn);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printCard(t, p, "CARD NO:", true);
      printEntry(p, t, EN_ENTRY, "ENTRY MODE:");
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("AMOUNT", `HKD ${money(t, t.totalMinor)}`, 1.3, true); putAmount(p, t);
      if (t.dcc) {
        const home = t.dcc;
        p.rule();
        p.row("CURRENCY CONVERSION");
        p.pair("EXCHANGE RATE:", `1 HKD = ${home.rate} ${home.homeCurrency}`);
        p.row("INCL. 3.50% MARGIN OVER ECB RATE");
        p.pair("TOTAL", `${home.homeCurrency} ${formatMinor(home.homeMinor, home.homeExponent)}`, 1.3, true);
        p.row("I ACCEPT I HAVE BEEN OFFERED A CHOICE");
        p.row("OF CURRENCIES AND ACCEPT THE RATE.");
        putDcc(p, t);
      }
      printOutcome(p, t, { approved: "APPROVED", offline: "OFFLINE APPROVED", unable: "UNABLE TO GO ONLINE", declined: "DECLINED", authLabel: "APPR CODE:", rcLabel: "RC:" });
      p.center("CUSTOMER COPY");
    },
  },
  {
    id: "tr-pos",
    source: "tr-pos-slip",
    language: "tr",
    country: "TR",
    cols: 32,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "TRY", exponent: 2, amount: [60, 9000], brands: ["visa", "mastercard", "troy"],
      entryModes: ["contactless", "chip", "swipe"], panStyles: ["stars"], mid: (r) => digits(r, 10), tid: (r) => `PS${digits(r, 6)}`,
      merchants: [
        { name: "KARAKOY GULLUOGLU", cityLine: "BEYOGLU/ISTANBUL", city: "ISTANBUL" },
        { name: "MIGROS KIZILAY", cityLine: "CANKAYA/ANKARA", city: "ANKARA" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      const d = t.date;
      p.pair(`${pad2(d.day)}.${pad2(d.month)}.${d.year}`, time24(t)); putDate(p, t);
      p.pair("ISYERI NO:", t.mid); p.put("mid", t.mid);
      p.pair("TERMINAL NO:", t.tid); p.put("tid", t.tid);
      p.pair("BATCH NO:", t.batch.slice(-3)); p.put("batch", t.batch.slice(-3));
      p.pair("PROVIZYON NO:", t.trace.slice(-4)); p.put("trace", t.trace.slice(-4));
      p.center("SATIS", 1.2, true);
      printCard(t, p, "", true);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printEntry(p, t, { chip: "CIPLI ISLEM", contactless: "TEMASSIZ", swipe: "MANYETIK", keyed: "MANUEL", fallback: "FALLBACK" });
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("RRN:", t.rrn); p.put("rrn", t.rrn);
      p.pair("TUTAR", `${money(t, t.totalMinor, { thousands: ".", decimal: "," })} TL`, 1.4, true); putAmount(p, t);
      printOutcome(p, t, { approved: "ONAYLANDI", offline: "OFFLINE ISLEM", unable: "UNABLE TO GO ONLINE", declined: "RED EDILDI", authLabel: "ONAY KODU:", rcLabel: "CEVAP KODU:" });
      p.center("KART SAHIBI NUSHASI");
    },
  },
  {
    id: "vn-pos",
    source: "vn-pos-slip",
    language: "vi",
    country: "VN",
    cols: 32,
    font: "DejaVu Sans Mono",
    make: (rng) => makeTruth(rng, {
      currency: "VND", exponent: 0, amount: [35000, 9000000], brands: ["visa", "mastercard", "jcb", "unionpay"],
      entryModes: ["chip", "contactless", "swipe"], panStyles: ["x", "stars"], mid: (r) => digits(r, 12), tid: (r) => digits(r, 8),
      merchants: [
        { name: "PHO THIN LO DUC", cityLine: "HA NOI", city: "HA NOI" },
        { name: "BEN THANH SOUVENIR", cityLine: "HO CHI MINH", city: "HO CHI MINH" },
      ],
    }),
    print: (t, p) => {
      p.center(t.merchant.name, 1.2, true); p.put("merchantName", t.merchant.name);
      p.center(t.merchant.cityLine ?? ""); p.put("city", t.merchant.city ?? "");
      p.pair("MID:", t.mid); p.put("mid", t.mid);
      p.pair("TID:", t.tid); p.put("tid", t.tid);
      p.pair("SỐ LÔ/BATCH:", t.batch); p.put("batch", t.batch);
      p.pair("SỐ HĐ/TRACE:", t.trace); p.put("trace", t.trace);
      const d = t.date;
      p.pair("NGÀY/GIỜ:", `${pad2(d.day)}/${pad2(d.month)}/${d.year} ${time24(t)}`); putDate(p, t);
      p.center("THANH TOÁN/SALE", 1.2, true);
      printCard(t, p, "SỐ THẺ:", true);
      p.row(t.applicationLabel); p.put("applicationLabel", t.applicationLabel); p.put("brand", t.brand);
      printEntry(p, t, { chip: "CHIP", contactless: "KHÔNG TIẾP XÚC", swipe: "QUẸT THẺ", keyed: "NHẬP TAY", fallback: "FALLBACK" });
      p.pair("AID:", t.aid); p.put("aid", t.aid);
      p.pair("TVR:", t.tvr); p.put("tvr", t.tvr);
      p.pair("TSI:", t.tsi); p.put("tsi", t.tsi);
      p.pair("REF:", t.rrn); p.put("rrn", t.rrn);
      p.pair("TỔNG TIỀN", `${money(t, t.totalMinor)} VND`, 1.3, true); putAmount(p, t);
      printOutcome(p, t, { approved: "CHẤP NHẬN/APPROVED", offline: "NGOẠI TUYẾN/OFFLINE", declined: "TỪ CHỐI/DECLINED", authLabel: "MÃ CHUẨN CHI:", rcLabel: "MÃ PHẢN HỒI:" });
      p.center("LIÊN KHÁCH HÀNG");
    },
  },
];

export { localDateTime };
