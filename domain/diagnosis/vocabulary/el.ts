/** Greek terminal wording (myPOS Greek help page, EMV standard messages). Accents are folded, final ς read as σ. */
import type { Vocabulary } from "./entry";

export const EL: Vocabulary = { language: "el", entries: [
  ["insufficientFunds", "ανεπαρκή κεφάλαια", "myposEl"],
  ["expiredCard", "ληγμένη κάρτα", "myposEl"],
  ["cardBlocked", "απολεσθείσα κάρτα", "myposEl"],
  ["cardBlocked", "κλεμμένη κάρτα", "myposEl"],
  ["cardBlocked", "κράτηση κάρτας", "myposEl"],
  ["declined", "απορρίφθηκε", "unverified"],
  ["declined", "η συναλλαγή απορρίφθηκε", "unverified"],
  ["declined", "απόρριψη", "unverified"],
  ["approved", "εγκρίθηκε", "unverified"],
  ["offline", "εκτός σύνδεσης", "unverified"],
  ["commsError", "σφάλμα επικοινωνίας", "unverified"],
  ["commsError", "σφάλμα σύνδεσης", "unverified"],
  ["hostTimeout", "λήξη χρόνου", "unverified"],
  ["cardReadError", "σφάλμα ανάγνωσης κάρτας", "unverified"],
  ["insertRequested", "εισάγετε την κάρτα", "unverified"],
  ["wrongPin", "λάθος pin", "unverified"],
  ["wrongPin", "λανθασμένο pin", "unverified"],
  ["notAccepted", "η κάρτα δεν γίνεται δεκτή", "unverified"],
  ["referToIssuer", "επικοινωνήστε με την τράπεζα", "unverified"],
]};
