/**
 * Every built-in layout, loaded from its JSON file and validated once (a broken file fails at
 * start-up and in the tests, never silently at upload). Adding a bank: a JSON file and its sample
 * here, a line below, a row in docs/importers.md. See layout-schema.ts.
 */
import { csvLayoutSchema, type CsvLayout } from "./layout-schema";
import abcDebit from "./abc-debit.json";
import abnAmro from "./abn-amro.json";
import amexUk from "./amex-uk.json";
import amexUs from "./amex-us.json";
import barclaycard from "./barclaycard.json";
import barclaysUk from "./barclays-uk.json";
import bocCredit from "./boc-credit.json";
import bocDebit from "./boc-debit.json";
import bocomCredit from "./bocom-credit.json";
import bocomDebit from "./bocom-debit.json";
import bofaChecking from "./bofa-checking.json";
import bofaCreditCard from "./bofa-credit-card.json";
import bunq from "./bunq.json";
import capitalOne from "./capital-one.json";
import ccbDebit from "./ccb-debit.json";
import chaseChecking from "./chase-checking.json";
import chaseCreditCard from "./chase-credit-card.json";
import citi from "./citi.json";
import cmbCreditCard from "./cmb-credit-card.json";
import cmbDebit from "./cmb-debit.json";
import commerzbank from "./commerzbank.json";
import discover from "./discover.json";
import dkbGiro from "./dkb-giro.json";
import dkb from "./dkb.json";
import hsbcUk from "./hsbc-uk.json";
import icbcDebitCard from "./icbc-debit-card.json";
import ingDe from "./ing-de.json";
import ingNl from "./ing-nl.json";
import monzoClassic from "./monzo-classic.json";
import monzo from "./monzo.json";
import n26 from "./n26.json";
import nationwide from "./nationwide.json";
import rabobank from "./rabobank.json";
import rakutenCard from "./rakuten-card.json";
import revolut from "./revolut.json";
import smbcCard from "./smbc-card.json";
import sparkasseCsvCamt from "./sparkasse-csv-camt.json";
import sparkasseMt940 from "./sparkasse-mt940.json";
import starling from "./starling.json";
import wise from "./wise.json";

const DATA: readonly unknown[] = [
  abcDebit,
  abnAmro,
  amexUk,
  amexUs,
  barclaycard,
  barclaysUk,
  bocCredit,
  bocDebit,
  bocomCredit,
  bocomDebit,
  bofaChecking,
  bofaCreditCard,
  bunq,
  capitalOne,
  ccbDebit,
  chaseChecking,
  chaseCreditCard,
  citi,
  cmbCreditCard,
  cmbDebit,
  commerzbank,
  discover,
  dkbGiro,
  dkb,
  hsbcUk,
  icbcDebitCard,
  ingDe,
  ingNl,
  monzoClassic,
  monzo,
  n26,
  nationwide,
  rabobank,
  rakutenCard,
  revolut,
  smbcCard,
  sparkasseCsvCamt,
  sparkasseMt940,
  starling,
  wise,
];

export const BUILT_IN_LAYOUTS: readonly CsvLayout[] = DATA.map((data) => csvLayoutSchema.parse(data));
