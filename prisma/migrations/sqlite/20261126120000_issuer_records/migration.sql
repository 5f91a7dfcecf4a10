-- CreateTable
CREATE TABLE "IssuerRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "transactionDate" TEXT NOT NULL,
    "transactionTime" TEXT,
    "postingDate" TEXT,
    "billedAmountMinor" BIGINT NOT NULL,
    "billedCurrency" TEXT NOT NULL,
    "originalAmountMinor" BIGINT,
    "originalCurrency" TEXT,
    "fxRate" TEXT,
    "merchant" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT,
    "cardLast4" TEXT,
    "authCode" TEXT,
    "rrn" TEXT,
    "arn" TEXT,
    "issuerTransactionId" TEXT,
    "fitId" TEXT,
    "fileRow" INTEGER,
    "fingerprint" TEXT NOT NULL,
    "importId" TEXT,
    "linkedPendingId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IssuerRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssuerRecord_importId_fkey" FOREIGN KEY ("importId") REFERENCES "StatementImport" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "IssuerRecord_linkedPendingId_fkey" FOREIGN KEY ("linkedPendingId") REFERENCES "IssuerRecord" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT,
    "layout" TEXT,
    "encoding" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '{}',
    "mappingKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'preview',
    "fileBytes" BLOB,
    "recordsJson" TEXT,
    "previewJson" TEXT NOT NULL,
    "needsMapping" BOOLEAN NOT NULL DEFAULT false,
    "recordCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "newCount" INTEGER,
    "existingCount" INTEGER,
    "linkedCount" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" DATETIME,
    CONSTRAINT "StatementImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ColumnMappingPreset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "mappingKey" TEXT NOT NULL,
    "mapping" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ColumnMappingPreset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IssuerFeed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "previousSecretCiphertext" TEXT,
    "previousSecretExpiresAt" DATETIME,
    "lastEventAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" DATETIME,
    CONSTRAINT "IssuerFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "feedId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordId" TEXT,
    CONSTRAINT "FeedEvent_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "IssuerFeed" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "IssuerRecord" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuerRecord_linkedPendingId_key" ON "IssuerRecord"("linkedPendingId");

-- CreateIndex
CREATE INDEX "IssuerRecord_userId_transactionDate_idx" ON "IssuerRecord"("userId", "transactionDate");

-- CreateIndex
CREATE INDEX "IssuerRecord_userId_billedAmountMinor_idx" ON "IssuerRecord"("userId", "billedAmountMinor");

-- CreateIndex
CREATE INDEX "IssuerRecord_importId_idx" ON "IssuerRecord"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuerRecord_userId_fingerprint_key" ON "IssuerRecord"("userId", "fingerprint");

-- CreateIndex
CREATE INDEX "StatementImport_userId_createdAt_idx" ON "StatementImport"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ColumnMappingPreset_userId_mappingKey_key" ON "ColumnMappingPreset"("userId", "mappingKey");

-- CreateIndex
CREATE INDEX "IssuerFeed_userId_createdAt_idx" ON "IssuerFeed"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedEvent_recordId_idx" ON "FeedEvent"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedEvent_feedId_eventId_key" ON "FeedEvent"("feedId", "eventId");

