-- CreateTable
CREATE TABLE "Slip" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "merchantName" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT NOT NULL,
    "localDateTime" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "cardLast4" TEXT NOT NULL,
    "entryMode" TEXT NOT NULL,
    "mid" TEXT,
    "tid" TEXT,
    "batch" TEXT,
    "trace" TEXT,
    "rrn" TEXT,
    "approvalCode" TEXT,
    "aid" TEXT,
    "applicationLabel" TEXT,
    "tvr" TEXT,
    "tsi" TEXT,
    "responseCode" TEXT,
    "offlineWording" TEXT,
    "dccRate" TEXT,
    "dccHomeAmountMinor" BIGINT,
    "dccHomeCurrency" TEXT,
    "paidInsteadMethod" TEXT,
    "paidInsteadCardLast4" TEXT,
    "paidInsteadAmountMinor" BIGINT,
    "paidInsteadCurrency" TEXT,
    "notes" TEXT,
    "savedDiagnosisId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Slip_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Slip_savedDiagnosisId_fkey" FOREIGN KEY ("savedDiagnosisId") REFERENCES "SavedDiagnosis" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlipPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SlipPhoto_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlipPhoto_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Slip_userId_localDateTime_idx" ON "Slip"("userId", "localDateTime");

-- CreateIndex
CREATE INDEX "Slip_savedDiagnosisId_idx" ON "Slip"("savedDiagnosisId");

-- CreateIndex
CREATE UNIQUE INDEX "SlipPhoto_storageKey_key" ON "SlipPhoto"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "SlipPhoto_thumbKey_key" ON "SlipPhoto"("thumbKey");

-- CreateIndex
CREATE INDEX "SlipPhoto_slipId_createdAt_idx" ON "SlipPhoto"("slipId", "createdAt");

-- CreateIndex
CREATE INDEX "SlipPhoto_userId_idx" ON "SlipPhoto"("userId");

